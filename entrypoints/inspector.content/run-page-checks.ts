import axe from 'axe-core';
import axeZhCN from 'axe-core/locales/zh_CN.json';
import { auditDocument } from '@/shared/a11y/audit-document.ts';
import type { A11yAudit } from '@/shared/a11y/audit-types.ts';
import type { AxeModule } from '@/shared/a11y/run-axe.ts';
import { CHECKS } from '@/shared/checks/index.ts';
import type { LinkProbe } from '@/shared/checks/link-probe.ts';
import type { CheckDefinition } from '@/shared/checks/types.ts';
import { CheckEngine } from '@/shared/engine/run-checks.ts';
import type { Finding } from '@/shared/model/finding.ts';
import type { InspectionResult } from '@/shared/ext/protocol.ts';
import { pageKey } from '@/shared/ext/report-import.ts';
import type { Segment } from '@/shared/text/segmenter.ts';
import { snapshotOfLiveDocument } from './live-snapshot.ts';
import type { TypoFindings, TypoRun } from './typo-hand-over.ts';
import { loadSegmenter } from './wasm-segmenter.ts';

export interface PageCheckOptions {
  /** Present when the webmaster asked for link checks; probes run in the background. */
  probe?: LinkProbe;
  checks?: readonly CheckDefinition[];
  /** Same default as the crawler. */
  profiles?: string[];
  /** The accessibility pass; default: bundled axe-core with its zh_CN texts, plus measured sizes and pop-ups. */
  audit?: () => Promise<A11yAudit>;
  /** Word segmentation for the typo checks; default: jieba-wasm, loaded when a typo check is active. */
  segmenter?: () => Promise<Segment | undefined>;
  /** Runs the typo checks where jieba-wasm can load when it cannot here (the background, in index.ts). */
  typoChecksElsewhere?: (run: TypoRun) => Promise<TypoFindings>;
}

// Only the rules' zh_CN help texts: axe compiles the locale's message templates with eval, which the
// extension's content security policy forbids; the help texts are plain strings and are all the check shows.
const AXE_ZH_RULES = { lang: axeZhCN.lang, rules: axeZhCN.rules };
const auditWithBundledAxe = () => auditDocument(axe as unknown as AxeModule, AXE_ZH_RULES);

const localDate = (d: Date) =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;

/**
 * A site check that has seen one page can only speak about things on that page: keep its findings that point
 * at something here (dead links, this column's dates), drop site-wide verdicts such as a missing column.
 */
function aboutThisPage(finding: Finding, url: string): boolean {
  return pageKey(finding.url) === pageKey(url) && Boolean(finding.location?.selector || finding.target);
}

/** 检查本页: every registered check on the live DOM, as the crawler runs them on a rendered page. */
export async function runPageChecks(doc: Document, options: PageCheckOptions = {}): Promise<InspectionResult> {
  const started = performance.now();
  const page = snapshotOfLiveDocument(doc);
  // A page axe cannot audit still gets every other check; the a11y checks then find nothing to judge.
  const a11y = await (options.audit ?? auditWithBundledAxe)().catch((error: unknown) => {
    console.warn('govcheck: axe-core could not audit this page', error);
    return undefined;
  });
  if (a11y) page.a11y = a11y;
  const asOf = localDate(new Date());
  const profiles = options.profiles ?? ['national'];
  const checks = options.checks ?? CHECKS;
  const typoIds = checks.filter((c) => c.category === 'typo').map((c) => c.id);
  // Only the typo checks segment words; other inspections never fetch the 4 MB module.
  const segment = typoIds.length ? await (options.segmenter ?? loadSegmenter)() : undefined;
  // Where it cannot load here, the typo checks go elsewhere; failing that, they run here in dictionary mode.
  const handedOver = typoIds.length && !segment && options.typoChecksElsewhere
    ? await options.typoChecksElsewhere({ page, checkIds: typoIds, asOf, profiles }).catch((error: unknown) => {
      console.warn('govcheck: 后台错别字检查失败，改用词典模式 (typo checks in the background failed)', error);
      return undefined;
    })
    : undefined;
  const engine = new CheckEngine({
    checks: handedOver ? checks.filter((c) => !typoIds.includes(c.id)) : checks,
    siteUrl: new URL('/', page.url).href,
    asOf,
    profiles,
    capabilities: { rendered: true, network: Boolean(options.probe) },
    ...(segment ? { segment } : {}),
  });
  const pageFindings = [...await engine.checkPage(page), ...handedOver?.page ?? []];
  const siteFindings = [...await engine.finish(options.probe ? { probe: options.probe } : {}), ...handedOver?.site ?? []]
    .filter((f) => aboutThisPage(f, page.url));
  return {
    url: page.url,
    title: page.title,
    findings: [...pageFindings, ...siteFindings],
    checkIds: [...engine.activeChecks.map((c) => c.id), ...handedOver ? typoIds : []],
    ms: Math.round(performance.now() - started),
    asOf,
    profiles,
    linksChecked: Boolean(options.probe),
  };
}
