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
import type { InspectionResult } from '@/extension/protocol.ts';
import { pageKey } from '@/extension/report-import.ts';
import type { Segment } from '@/shared/text/segmenter.ts';
import { snapshotOfLiveDocument } from './live-snapshot.ts';
import { pageDocuments } from './page-frames.ts';
import { probeOncePerTarget } from './probe-once.ts';
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
 * A site check that has seen one page (and its frames) can only speak about things on them: keep its findings
 * that point at something there (dead links, this column's dates), drop site-wide verdicts such as a missing column.
 */
function aboutThesePages(finding: Finding, keys: ReadonlySet<string>): boolean {
  return keys.has(pageKey(finding.url)) && Boolean(finding.location?.selector || finding.target);
}

/**
 * 检查本页: every registered check on the live DOM, as the crawler runs them on a rendered page; same-origin
 * frames (iframes, framesets) are checked as the pages they are, as the crawler does when it follows them.
 */
export async function runPageChecks(doc: Document, options: PageCheckOptions = {}): Promise<InspectionResult> {
  const started = performance.now();
  const { documents, frames } = pageDocuments(doc);
  const pages = documents.map(snapshotOfLiveDocument);
  // axe audits the document it runs in; frames get every other check. A page axe cannot audit still gets
  // every other check; the a11y checks then find nothing to judge.
  const a11y = await (options.audit ?? auditWithBundledAxe)().catch((error: unknown) => {
    console.warn('govcheck: axe-core could not audit this page', error);
    return undefined;
  });
  if (a11y) pages[0].a11y = a11y;
  const asOf = localDate(new Date());
  const profiles = options.profiles ?? ['national'];
  const checks = options.checks ?? CHECKS;
  const typoIds = checks.filter((c) => c.category === 'typo').map((c) => c.id);
  // Only the typo checks segment words; other inspections never fetch the 4 MB module.
  const segment = typoIds.length ? await (options.segmenter ?? loadSegmenter)() : undefined;
  // Where it cannot load here, the typo checks go elsewhere; failing that, they run here in dictionary mode.
  const handedOver =
    typoIds.length && !segment && options.typoChecksElsewhere
      ? await handOver(
          options.typoChecksElsewhere,
          pages.map((page) => ({ page, checkIds: typoIds, asOf, profiles })),
        )
      : undefined;
  const engine = new CheckEngine({
    checks: handedOver ? checks.filter((c) => !typoIds.includes(c.id)) : checks,
    siteUrl: new URL('/', pages[0].url).href,
    asOf,
    profiles,
    capabilities: { rendered: true, network: Boolean(options.probe) },
    ...(segment ? { segment } : {}),
  });
  const probe = options.probe && probeOncePerTarget(options.probe);
  const pageFindings: Finding[] = [...(handedOver?.page ?? [])];
  for (const page of pages) pageFindings.push(...(await engine.checkPage(page)));
  const keys = new Set(pages.map((p) => pageKey(p.url)));
  const siteFindings = [...(await engine.finish(probe ? { probe } : {})), ...(handedOver?.site ?? [])].filter((f) =>
    aboutThesePages(f, keys),
  );
  return {
    url: pages[0].url,
    title: pages[0].title,
    findings: [...pageFindings, ...siteFindings],
    checkIds: [...engine.activeChecks.map((c) => c.id), ...(handedOver ? typoIds : [])],
    ms: Math.round(performance.now() - started),
    asOf,
    profiles,
    linksChecked: Boolean(probe),
    frames,
    uncheckedLinks: probe?.unchecked() ?? { count: 0, origins: [] },
  };
}

/** The typo checks of every page run elsewhere; undefined (dictionary mode here) when any of them fails. */
async function handOver(
  elsewhere: (run: TypoRun) => Promise<TypoFindings>,
  runs: TypoRun[],
): Promise<TypoFindings | undefined> {
  try {
    const results = await Promise.all(runs.map(elsewhere));
    return { page: results.flatMap((r) => r.page), site: results.flatMap((r) => r.site) };
  } catch (error) {
    console.warn('govcheck: 后台错别字检查失败，改用词典模式 (typo checks in the background failed)', error);
    return undefined;
  }
}
