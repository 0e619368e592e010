import { collectedFrom, type Collected } from '../checks/collected.ts';
import type {
  Capability,
  CheckDefinition,
  CheckResult,
  PageCheck,
  PageContext,
  RunInfo,
  SharedAnalysis,
  SiteCheck,
  SiteContext,
} from '../checks/types.ts';
import type { CheckSections } from '../checks/sections.ts';
import type { Finding } from '../model/finding.ts';
import type { PageSnapshot } from '../model/page-snapshot.ts';
import type { LanguageModel } from '../text/language-model.ts';
import type { Localized } from '../model/localized.ts';
import type { CheckTiming } from '../model/report.ts';
import { checkErrorFinding } from './check-error.ts';
import { groupResults } from './group-findings.ts';
import { AnalysisResults, assertUses, sharedAnalyses } from './shared-analyses.ts';
import { toFinding } from './to-finding.ts';

export interface PageInspection {
  findings: Finding[];
  /** [check or shared analysis id, item] for every site check or analysis that collected something from the page. */
  collected: [string, unknown][];
}

export interface EngineOptions {
  checks: readonly CheckDefinition[];
  siteUrl: string;
  asOf: string;
  profiles: string[];
  /** Per-check options from the config, keyed by check id; "*" holds options for every check. */
  checkOptions?: Record<string, Record<string, unknown>>;
  /** What the host can provide; checks needing more are skipped. */
  capabilities: { rendered: boolean; network: boolean };
  /** Time limit for one check on one page (site checks get ten times as much). */
  timeoutMs?: number;
  /** Rethrow check errors instead of recording them (for debugging a check). */
  debug?: boolean;
  /** Word segmentation passed to every check (RunInfo.segment). */
  segment?: (text: string) => string[];
  /** Language models passed to every check (RunInfo.languageModels). */
  languageModels?: readonly LanguageModel[];
}

/**
 * Runs checks page by page, then site checks once at the end. One instance per crawl (or per page in the
 * extension). Never throws because of a check.
 */
export class CheckEngine {
  private readonly collected = new Map<string, unknown[]>();
  private readonly timings = new Map<string, Pick<CheckTiming, 'runs' | 'errors' | 'ms'>>();
  /** Report sections site checks added, by check id. */
  readonly sections: CheckSections = {};
  private readonly timeoutMs: number;

  /** The shared analyses the active checks use, collected once per page before the checks run. */
  private readonly analyses: SharedAnalysis[];

  constructor(private readonly options: EngineOptions) {
    this.timeoutMs = options.timeoutMs ?? 30_000;
    this.analyses = sharedAnalyses(this.activeChecks, new Set(options.checks.map((c) => c.id)));
  }

  get activeChecks(): CheckDefinition[] {
    return this.options.checks.filter((c) => this.missing(c) === undefined);
  }

  /** The first capability the check needs and the host lacks. */
  private missing(check: CheckDefinition): Capability | undefined {
    return (check.needs ?? []).find((need) => !this.options.capabilities[need]);
  }

  /** Page-scope findings for one page; what site checks collected from it is kept for finish(). */
  async checkPage(page: PageSnapshot): Promise<Finding[]> {
    const { findings, collected } = await this.inspectPage(page);
    this.adopt(collected);
    return findings;
  }

  /**
   * Like checkPage, but hands back what site checks collected instead of keeping it, so a host can store
   * it with the page (crash-safe crawls) and give it back through adopt() before finish().
   */
  async inspectPage(page: PageSnapshot): Promise<PageInspection> {
    const findings: Finding[] = [];
    const collected: [string, unknown][] = [];
    const items = this.collectAnalyses(page, collected, findings);
    for (const check of this.activeChecks) {
      const pageContext = (signal: AbortSignal): PageContext => ({
        ...this.runInfo(check, signal),
        page,
        item: <C>(analysis: SharedAnalysis<C, unknown>) => {
          assertUses(check, analysis);
          // The item this analysis's collect returned for this page.
          return items.get(analysis) as C | undefined;
        },
      });
      if (check.scope === 'page') {
        findings.push(
          ...(await this.timed(check, page.url, this.timeoutMs, (signal) =>
            (check as PageCheck).run(pageContext(signal)),
          )),
        );
        continue;
      }
      if (!check.collect) continue;
      const started = performance.now();
      try {
        // collect is synchronous: nothing to time out, so its signal is never aborted.
        const item = (check as SiteCheck).collect!(pageContext(new AbortController().signal));
        if (item !== undefined) collected.push([check.id, item]);
        this.record(check.id, started, false);
      } catch (error) {
        if (this.options.debug) throw error;
        this.record(check.id, started, true);
        findings.push(checkErrorFinding(check, page.url, error));
      }
    }
    return { findings, collected };
  }

  /**
   * Every shared analysis's item of the page, computed once for all the checks reading it; only those with a
   * finish are kept. A failing one counts as a failed run of each check using it, whose reads get undefined.
   */
  private collectAnalyses(
    page: PageSnapshot,
    collected: [string, unknown][],
    findings: Finding[],
  ): Map<SharedAnalysis, unknown> {
    const items = new Map<SharedAnalysis, unknown>();
    for (const analysis of this.analyses) {
      const users = this.activeChecks.filter((c) => c.uses?.includes(analysis));
      const started = performance.now();
      try {
        const { options: _options, signal: _signal, ...run } = this.runInfo(users[0], new AbortController().signal);
        const item = analysis.collect({ ...run, page });
        items.set(analysis, item);
        if (item !== undefined && analysis.finish) collected.push([analysis.id, item]);
        // Its time is shared by the checks that use it, so the report's check times still add up; it is the page
        // run of a check that does nothing else per page (a column check).
        const share = (performance.now() - started) / users.length;
        for (const check of users) {
          const t = this.addTime(check.id, share);
          if (check.scope === 'site' && !check.collect) t.runs += 1;
        }
      } catch (error) {
        if (this.options.debug) throw error;
        for (const check of users) {
          this.record(check.id, started, true);
          findings.push(checkErrorFinding(check, page.url, error));
        }
      }
    }
    return items;
  }

  /** Takes site-check items collected earlier (by inspectPage, possibly in a previous process). */
  adopt(collected: Iterable<readonly [string, unknown]>): void {
    for (const [checkId, item] of collected) this.collectedFor(checkId).push(item);
  }

  /**
   * Site-scope findings, after every page was seen. `stored`: where a host that kept the items itself (see
   * inspectPage) streams them from, by check id, instead of the items held here.
   */
  async finish(
    extra: Pick<SiteContext, 'probe' | 'dual'> = {},
    stored?: (checkId: string) => Collected<unknown>,
  ): Promise<Finding[]> {
    const findings: Finding[] = [];
    const itemsOf = (id: string) => (stored ? stored(id) : collectedFrom(this.collected.get(id) ?? []));
    const analyses = new AnalysisResults(itemsOf);
    for (const check of this.activeChecks) {
      if (check.scope !== 'site') continue;
      findings.push(
        ...(await this.timed(check, this.options.siteUrl, this.timeoutMs * 10, (signal) => {
          const run = { ...this.runInfo(check, signal), ...extra };
          const ctx: SiteContext = {
            ...run,
            addSection: (value) => {
              // addSection took the type the check declares for its id.
              (this.sections as Record<string, unknown>)[check.id] = value;
            },
            analysis: (analysis) => {
              assertUses(check, analysis);
              return analyses.read(analysis, run);
            },
          };
          return check.finish(itemsOf(check.id), ctx);
        })),
      );
    }
    return findings;
  }

  /** Every check of the run: ran (with run and error counts), failed on every run, or skipped and why. */
  timing(): CheckTiming[] {
    return this.options.checks.map((check): CheckTiming => {
      const lacking = this.missing(check);
      if (lacking)
        return { checkId: check.id, status: 'skipped', reason: SKIP_REASONS[lacking], runs: 0, errors: 0, ms: 0 };
      const t = this.timings.get(check.id) ?? { runs: 0, errors: 0, ms: 0 };
      const status = t.runs > 0 && t.errors === t.runs ? 'failed' : 'ran';
      return { checkId: check.id, status, runs: t.runs, errors: t.errors, ms: Math.round(t.ms * 10) / 10 };
    });
  }

  private runInfo(check: CheckDefinition, signal: AbortSignal): RunInfo {
    const configured = this.options.checkOptions;
    return {
      siteUrl: this.options.siteUrl,
      asOf: this.options.asOf,
      profiles: this.options.profiles,
      // Declared defaults, then options for every check, then this check's own (validated by the host).
      options: { ...check.options?.defaults, ...configured?.['*'], ...configured?.[check.id] },
      signal,
      ...(this.options.segment ? { segment: this.options.segment } : {}),
      ...(this.options.languageModels?.length ? { languageModels: this.options.languageModels } : {}),
    };
  }

  private collectedFor(id: string): unknown[] {
    let list = this.collected.get(id);
    if (!list) this.collected.set(id, (list = []));
    return list;
  }

  private async timed(
    check: CheckDefinition,
    url: string,
    limitMs: number,
    run: (signal: AbortSignal) => CheckResult[] | Promise<CheckResult[]>,
  ): Promise<Finding[]> {
    const started = performance.now();
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    try {
      const timeout = new Promise<never>((_, reject) => {
        timer = setTimeout(() => {
          const error = new Error(`timed out after ${limitMs} ms`);
          // The check is abandoned either way; aborting lets it stop its probes and loops instead of running on.
          controller.abort(error);
          reject(error);
        }, limitMs);
      });
      const results = await Promise.race([Promise.resolve().then(() => run(controller.signal)), timeout]);
      this.record(check.id, started, false);
      return groupResults(results, url).map((r) => toFinding(check, r, url));
    } catch (error) {
      if (this.options.debug) throw error;
      this.record(check.id, started, true);
      return [checkErrorFinding(check, url, error)];
    } finally {
      clearTimeout(timer);
    }
  }

  private record(checkId: string, started: number, failed: boolean): void {
    const t = this.addTime(checkId, performance.now() - started);
    t.runs += 1;
    t.errors += failed ? 1 : 0;
  }

  private addTime(checkId: string, ms: number): Pick<CheckTiming, 'runs' | 'errors' | 'ms'> {
    const t = this.timings.get(checkId) ?? { runs: 0, errors: 0, ms: 0 };
    t.ms += ms;
    this.timings.set(checkId, t);
    return t;
  }
}

const SKIP_REASONS: Record<Capability, Localized> = {
  rendered: {
    zh: '需要浏览器渲染的页面（没有 Chromium，或 --render never）',
    en: 'needs rendered pages (no Chromium, or --render never)',
  },
  network: { zh: '需要访问网络（此环境不能探测链接）', en: 'needs the network (this host cannot probe links)' },
};
