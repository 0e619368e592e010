import type { AxeSummary } from './audit-types.ts';

/** The part of the axe-core module runAxe uses; the host passes the module (bundled or injected). */
export interface AxeModule {
  version: string;
  configure(spec: { locale?: unknown }): void;
  run(context: unknown, options: unknown): Promise<AxeRawResults>;
}

interface AxeRawRule {
  id: string;
  impact?: string | null;
  tags: string[];
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string }[];
}

export interface AxeRawResults {
  violations: AxeRawRule[];
  incomplete: AxeRawRule[];
  passes: { id: string }[];
  inapplicable: { id: string }[];
}

export interface AxeRunSettings {
  /** Run only these rule ids (evaluation against ACT cases); otherwise `tags`. */
  rules?: string[];
  /** Default: WCAG 2.0 + 2.1 A/AA, which GB/T 37668-2019 is based on. */
  tags?: string[];
  /** Nodes kept per rule (default 20); nodeCount keeps the real number. */
  maxNodes?: number;
}

/**
 * Runs axe-core on the current document and keeps what reports need. Runs inside the page: the extension
 * calls it with its bundled axe module, the crawler sends its source into Chromium, so it must not use
 * anything from outside its own body.
 */
export async function runAxe(axe: AxeModule, locale: { lang?: string } | null, settings: AxeRunSettings = {}):
  Promise<AxeSummary> {
  if (locale) axe.configure({ locale });
  const runOnly = settings.rules?.length
    ? { type: 'rule', values: settings.rules }
    : { type: 'tag', values: settings.tags ?? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
  const raw = await axe.run(document, { runOnly, resultTypes: ['violations', 'incomplete'] });
  const maxNodes = settings.maxNodes ?? 20;
  // axe targets: one entry per frame level; an entry is an array when it crosses shadow roots.
  const targetText = (target: unknown[]): string =>
    target.map((step) => (Array.isArray(step) ? step.join(' >>> ') : String(step))).join(' >>> ');
  const summarize = (rule: AxeRawRule) => ({
    id: rule.id,
    impact: (rule.impact ?? null) as AxeSummary['violations'][number]['impact'],
    tags: rule.tags,
    help: rule.help,
    helpUrl: rule.helpUrl,
    nodes: rule.nodes.slice(0, maxNodes).map((n) => ({ target: targetText(n.target), html: n.html.slice(0, 300) })),
    nodeCount: rule.nodes.length,
  });
  return {
    version: axe.version,
    locale: locale?.lang ?? 'en',
    violations: raw.violations.map(summarize),
    incomplete: raw.incomplete.map(summarize),
    passes: raw.passes.map((r) => r.id),
    inapplicable: raw.inapplicable.map((r) => r.id),
  };
}
