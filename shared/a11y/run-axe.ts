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
  nodes: { target: unknown[]; html: string; any?: AxeRawCheck[]; all?: AxeRawCheck[]; none?: AxeRawCheck[] }[];
}

/** A check axe ran on a node; `data` holds what it measured (e.g. colours and contrast ratio). */
interface AxeRawCheck {
  data?: unknown;
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
export async function runAxe(
  axe: AxeModule,
  locale: { lang?: string } | null,
  settings: AxeRunSettings = {},
): Promise<AxeSummary> {
  if (locale) axe.configure({ locale });
  const runOnly = settings.rules?.length
    ? { type: 'rule', values: settings.rules }
    : { type: 'tag', values: settings.tags ?? ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] };
  const raw = await axe.run(document, { runOnly, resultTypes: ['violations', 'incomplete'] });
  const maxNodes = settings.maxNodes ?? 20;
  // axe targets: one entry per frame level; an entry is an array when it crosses shadow roots.
  const targetText = (target: unknown[]): string =>
    target.map((step) => (Array.isArray(step) ? step.join(' >>> ') : String(step))).join(' >>> ');
  // What a node's checks measured, as plain values (colours, ratios, font size), for messages people can act on.
  const measured = (node: AxeRawRule['nodes'][number]): Record<string, string | number> | undefined => {
    const data = [...(node.any ?? []), ...(node.all ?? []), ...(node.none ?? [])]
      .map((check) => check.data)
      .find((d) => d !== null && typeof d === 'object');
    if (!data) return undefined;
    const values = Object.entries(data as Record<string, unknown>).filter(
      (entry): entry is [string, string | number] => typeof entry[1] === 'string' || typeof entry[1] === 'number',
    );
    return values.length ? Object.fromEntries(values.slice(0, 8)) : undefined;
  };
  const summarize = (rule: AxeRawRule) => ({
    id: rule.id,
    impact: (rule.impact ?? null) as AxeSummary['violations'][number]['impact'],
    tags: rule.tags,
    help: rule.help,
    helpUrl: rule.helpUrl,
    nodes: rule.nodes.slice(0, maxNodes).map((n) => {
      const data = measured(n);
      return { target: targetText(n.target), html: n.html.slice(0, 300), ...(data ? { data } : {}) };
    }),
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
