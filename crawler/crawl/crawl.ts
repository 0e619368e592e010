import { EventEmitter } from 'node:events';
import { CHECKS } from '../../shared/checks/index.ts';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import type { CheckEngine } from '../../shared/engine/run-checks.ts';
import { checkErrorFinding } from '../../shared/engine/check-error.ts';
import { storedItemKeys } from '../../shared/engine/shared-analyses.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageRecord, Report } from '../../shared/model/report.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { columnOptions } from '../../shared/columns/options.ts';
import { classifyStartPage, startPageFacts, type StartPage } from '../../shared/columns/start-page.ts';
import { buildReport } from '../../shared/report/build-report.ts';
import {
  computeVerdict,
  isHomePageCheck,
  judgesFromHomePage,
  startPageFailure,
  unreachableVerdict,
} from '../../shared/report/verdict.ts';
import { UsageError } from '../runtime/errors.ts';
import { crawlerLanguageModels } from '../text/language-models.ts';
import { A11ySampler } from '../a11y/a11y-sampler.ts';
import { isAttachmentUrl } from '../attachments/attachment-format.ts';
import { closeIdleReaders } from '../attachments/attachment-snapshot.ts';
import { withVisitorVariants } from '../cloaking/fetch-variants.ts';
import { variantsOf, withVariants } from '../../shared/spam/variants.ts';
import { HostLimiter, type RequestLimiter } from '../fetch/host-limiter.ts';
import { AddressPolicy } from '../fetch/address-policy.ts';
import { HttpClient } from '../fetch/http-client.ts';
import { withDualStack } from '../ipv6/dual-stack-fetcher.ts';
import type { FrontierEntry } from '../frontier/frontier.ts';
import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import { CrawlLinkProbe } from '../links/link-prober.ts';
import { browserRecheck } from '../links/browser-recheck.ts';
import type { CrawlOptions } from '../config/options.ts';
import { parseHtml } from '../page/html-step.ts';
import { loadPage, type LoadedPage, type LoadSettings } from '../page/page-loader.ts';
import { withNotChosen } from './not-chosen.ts';
import { withVariantsHash } from '../page/reuse-step.ts';
import { BrowserPool } from '../render/browser-pool.ts';
import { RenderDecider } from '../render/render-decision.ts';
import { RobotsCache } from '../frontier/robots.ts';
import { storableOptions } from '../config/secrets.ts';
import { SpiderTrapGuard } from '../frontier/spider-trap.ts';
import { readSitemaps } from '../frontier/sitemap.ts';
import type { CrawlState } from '../store/crawl-state.ts';
import { reuseKey, type StoredPage } from '../store/page-validators.ts';
import { MemoryState } from '../store/memory-state.ts';
import { isPostgresUrl } from '../store/pg-schema.ts';
import { PgState } from '../store/pg-state.ts';
import { SqliteState } from '../store/sqlite-state.ts';
import { inScope, looksLikePage, makeScope, normalizeUrl, type Scope } from '../frontier/url.ts';
import { VERSION } from '../runtime/version.ts';
import { ModelsOnDemand } from './models-on-demand.ts';
import { runPool } from './work-pool.ts';
import { pageChecker, type PageChecker } from '../workers/page-checker.ts';

export interface CrawlProgress {
  done: number;
  queued: number;
  findings: number;
}

export interface InspectorEvents {
  page: [PageRecord];
  finding: [Finding];
  progress: [CrawlProgress];
  /** Every page is done; the site-level checks start (columns, link verdicts, IPv6, the verdict). */
  stage: ['site'];
}

// Elements whose targets are documents a visitor navigates to (the rest are resources, probed only).
const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame', 'meta']);

interface Crawl {
  client: HttpClient;
  /** Where connections may go (no intranet/loopback but the start origin and --allow-private). */
  policy: AddressPolicy;
  limiter: RequestLimiter;
  a11y: A11ySampler;
  decider: RenderDecider;
  pool: BrowserPool | undefined;
  engine: CheckEngine;
  /** Runs the page checks (in worker threads unless --threads 0). */
  checker: PageChecker;
  robots: RobotsCache;
  state: CrawlState;
  scope: Scope;
  traps: SpiderTrapGuard;
}

/** Crawls one site and runs every check; progress arrives as events, the whole report as the result. */
export class Inspector extends EventEmitter<InspectorEvents> {
  /** What the start page turned out to be (a home page, or an article or column page given as the start URL). */
  private startPage: StartPage | undefined;
  private readonly models = new ModelsOnDemand(crawlerLanguageModels);

  /** `limiter`: per-host politeness shared beyond this crawl (distributed workers); by default the crawl's own. */
  constructor(
    private readonly options: CrawlOptions,
    private readonly limiter?: RequestLimiter,
  ) {
    super();
  }

  async run(): Promise<Report> {
    const o = this.options;
    const checks = selectChecks(o.checks);
    // Stored pages carry their items by check or analysis id: only a run keeping the same ids takes them over.
    const reuse = reuseKey(`${VERSION} ${storedItemKeys(checks).join(',')}`, o);
    const state: CrawlState = !o.db
      ? new MemoryState(o.maxPages)
      : isPostgresUrl(o.db)
        ? await PgState.open(o.db, o.startUrl, storableOptions(o), o.maxPages, o.resume, reuse)
        : SqliteState.open(o.db, o.startUrl, storableOptions(o), o.maxPages, o.resume, reuse);
    // One limiter for every request the crawl causes: pages, probes, Chromium's, the IPv6 check.
    const limiter = this.limiter ?? new HostLimiter(o.concurrency, o.delayMs);
    const policy = new AddressPolicy({ startUrl: o.startUrl, allowPrivate: o.allowPrivate });
    await policy.prepare();
    const client = new HttpClient({
      userAgent: o.userAgent,
      timeoutMs: o.timeoutMs,
      maxBytes: o.maxBytes,
      maxRedirects: o.maxRedirects,
      retries: o.retries,
      retryBaseMs: o.retryBaseMs,
      maxRetryAfterMs: o.maxRetryAfterMs,
      limiter,
      policy,
    });
    const scope = makeScope(o.startUrl, o.extraHosts, o.skipLinks);
    // --external none: a rendered page's resources from other hosts are not fetched either.
    const ownSite = o.external === 'none' ? (url: string) => inScope(url, scope) : undefined;
    // --render never means no browser at all (so no accessibility pass either): the fast, HTTP-only mode.
    const pool =
      o.render !== 'never' && BrowserPool.available()
        ? new BrowserPool({
            tabs: o.renderTabs,
            timeoutMs: o.timeoutMs * 2,
            userAgent: o.userAgent,
            network: { client, limiter, policy, ...(ownSite ? { ownSite } : {}) },
          })
        : undefined;
    const typoModels = checks.some((c) => c.id === 'typo-confusion') ? this.models : undefined;
    const checker = pageChecker({
      checks,
      siteUrl: o.startUrl,
      asOf: o.asOf,
      profiles: o.profiles,
      checkOptions: o.checkOptions,
      capabilities: { rendered: pool !== undefined, network: true },
      // Only when the check that reads them runs, and only once a page is checked (ModelsOnDemand).
      get languageModels() {
        return typoModels?.current;
      },
      threads: o.threads,
    });
    const { engine } = checker;
    const crawl: Crawl = {
      client,
      policy,
      limiter,
      a11y: new A11ySampler({
        mode: o.a11y,
        sampleAbove: o.a11ySampleAbove,
        siteSize: () => state.pagesDone + state.pending,
      }),
      decider: new RenderDecider(o.render),
      pool,
      engine,
      checker,
      robots: new RobotsCache(client, o.userAgent),
      state,
      scope,
      traps: new SpiderTrapGuard(),
    };
    let report: Report | undefined;
    try {
      await state.enqueue({ url: o.startUrl, depth: 0 });
      if (o.useSitemap) await this.seedFromSitemaps(crawl);
      await runPool(
        o.concurrency,
        () => state.next(),
        (entry) => this.visit(entry, crawl),
      );
      report = await this.finish(crawl);
      return report;
    } finally {
      await pool?.close();
      await checker.close();
      await client.close();
      await state.close(report);
    }
  }

  private async finish({
    client,
    checker,
    policy,
    limiter,
    pool,
    engine,
    state,
    scope,
    traps,
    a11y,
    decider,
  }: Crawl): Promise<Report> {
    const o = this.options;
    this.emit('stage', 'site');
    // The site stage reads no attachment: its peak (50,000 pages) no longer carries the idle reader threads.
    await closeIdleReaders();
    // Links a firewall refused get a second look in Chromium when there is one.
    const memory = state.probeMemory?.(o.probeEvery);
    const probe = new CrawlLinkProbe(client, state.crawled, scope, o.external, pool && browserRecheck(pool), memory);
    const pages = await state.pages();
    // A start page that could not be fetched leaves nothing to judge the site by: 无法访问, no column or footer
    // findings.
    const startRecord = pages.find((p) => p.depth === 0 && p.url === o.startUrl);
    const failure = startPageFailure(startRecord);
    const allSiteFindings = await withDualStack({ ...o, limiter, policy }, (dual) =>
      engine.finish({ probe, dual }, (checkId) => state.collected(checkId)),
    );
    await memory?.flush();
    const siteFindings = failure ? allSiteFindings.filter((f) => !judgesFromHomePage(f)) : allSiteFindings;
    for (const finding of siteFindings) this.emit('finding', finding);
    const checkSections = Object.fromEntries(
      Object.entries(engine.sections).filter(([id]) => !failure || !isHomePageCheck(id)),
    );
    const report = buildReport({
      version: VERSION,
      startUrl: o.startUrl,
      siteName: o.siteName,
      startedAt: state.startedAt,
      finishedAt: new Date(),
      asOf: o.asOf,
      profiles: o.profiles,
      pages,
      findings: [...(await state.findings()), ...siteFindings],
      checks: withNotChosen(checker.timing()),
      linksProbed: probe.probed,
      sections: {
        ...checkSections,
        crawl: {
          frontierRefused: state.refused,
          resumed: state.resumed,
          unchanged: pages.filter((p) => p.unchanged).length,
          probesReused: memory?.reused ?? 0,
          rendering: decider.summary(),
          ...traps.summary(),
        },
        'a11y-sampling': a11y.stats(),
      },
    });
    const customProfiles = columnOptions(o.checkOptions['column-missing'] ?? {}).profiles;
    // The national verdict judges the merged findings: one template problem counts once.
    report.sections.verdict = failure
      ? unreachableVerdict(o.startUrl, failure, startRecord?.skipped ?? '', report.profiles, customProfiles, o.asOf)
      : computeVerdict(report.findings, report.profiles, customProfiles, { startPage: this.startPage, asOf: o.asOf });
    return report;
  }

  private async visit(entry: FrontierEntry, crawl: Crawl): Promise<void> {
    const { state } = crawl;
    try {
      if (!this.options.ignoreRobots && !(await crawl.robots.isAllowed(entry.url))) {
        const skipped = 'disallowed by robots.txt (use --ignore-robots to override)';
        await this.complete(entry.url, state, skippedPage(entry, skipped, { error: 'blocked-by-robots' }));
        return;
      }
      // The start page (its snapshot classifies the site) and pages the cloaking check fetches as spiders (what
      // they get may change alone) are fetched in full, and reused only when the page and its variants are as before.
      const cloaked = this.wantsCloakingCheck(entry) && crawl.engine.activeChecks.some((c) => c.id === 'spam-cloaking');
      const whole = entry.depth === 0 || cloaked;
      const previous = await state.previousPage?.(entry.url);
      const settings: LoadSettings = {
        decider: crawl.decider,
        pool: crawl.pool,
        attachmentMaxBytes: this.options.attachmentMaxBytes,
        // A page fetched in full that may well be unchanged is parsed here: a re-crawl that reuses every page
        // never starts the check threads (nor reads their language models).
        parse: (page) => (previous && whole ? parseHtml(page) : crawl.checker.parse(page)),
        a11y: crawl.a11y,
        evidenceDir: this.options.evidenceDir,
      };
      // A page below the start page that is fetched as spiders and was seen before is first read as served, without
      // Chromium; only if it or a variant changed is it loaded again as any page is (rendered when the policy says).
      const asServed = previous !== undefined && cloaked && entry.depth > 0;
      let loaded = await loadPage(entry, crawl.client, {
        ...settings,
        ...(asServed ? { pool: undefined } : {}),
        ...(previous && !whole ? { previous: previous.validators } : {}),
      });
      if (loaded.snapshot && this.wantsCloakingCheck(entry)) {
        loaded.snapshot = await withVisitorVariants(crawl.client, loaded.snapshot);
      }
      if (loaded.snapshot && entry.depth === 0) this.startPage = classifyStartPage(startPageFacts(loaded.snapshot));
      if (whole && loaded.snapshot && loaded.validators) {
        loaded.validators = withVariantsHash(loaded.validators, loaded.snapshot);
      }
      if (previous && (loaded.unchanged || (whole && loaded.validators?.hash === previous.validators.hash))) {
        await this.reuse(entry, previous, crawl);
        return;
      }
      if (asServed && loaded.snapshot) loaded = await this.loadChanged(entry, settings, loaded.snapshot, crawl);
      if (loaded.snapshot) this.models.want();
      const { failure, ...inspection } = loaded.snapshot
        ? await crawl.checker.inspect(loaded.snapshot)
        : { findings: [], collected: [] };
      // A page picked for the accessibility pass that did not get it says so, instead of looking clean.
      const axe = loaded.a11yMissed ? crawl.engine.activeChecks.find((c) => c.id === 'a11y-axe') : undefined;
      if (axe) {
        inspection.findings.push(
          checkErrorFinding(axe, entry.url, new Error(`本页无障碍检测未进行（${loaded.a11yMissed}）`)),
        );
      }
      // A page that redirected off the site is checked but its links are not followed.
      const links =
        loaded.snapshot && inScope(loaded.snapshot.finalUrl, crawl.scope) ? navigableUrls(loaded.snapshot) : [];
      await this.followLinks(links, entry, crawl);
      await this.complete(entry.url, state, {
        // Checks that could not run (their thread crashed) say so on the page, which is checked afresh next time.
        record: failure ? { ...loaded.record, notes: [...(loaded.record.notes ?? []), failure] } : loaded.record,
        probe: loaded.probe,
        ...inspection,
        ...(loaded.validators && !failure ? { validators: { ...loaded.validators, links } } : {}),
      });
    } catch (error) {
      // One page never stops the crawl: record why it failed and go on.
      const skipped = `internal error: ${(error as Error).message}`;
      await this.complete(
        entry.url,
        state,
        skippedPage(entry, skipped, { error: 'other', errorMessage: skipped }),
      ).catch(() => undefined);
    } finally {
      this.emit('progress', { done: state.pagesDone, queued: state.pending, findings: state.findingsCount });
    }
  }

  private async complete(url: string, state: CrawlState, page: Parameters<CrawlState['complete']>[1]): Promise<void> {
    await state.complete(url, page);
    this.emit('page', page.record);
    for (const finding of page.findings) this.emit('finding', finding);
  }

  /**
   * Incremental re-crawl: a page unchanged since the previous run keeps that run's record, findings and
   * site-check items without being parsed or checked; its stored links feed the frontier.
   */
  private async reuse(entry: FrontierEntry, previous: StoredPage, crawl: Crawl): Promise<void> {
    await this.followLinks(previous.validators.links, entry, crawl);
    const record = { ...previous.record, depth: entry.depth, unchanged: true };
    // A state that gave a previous page completes one (the two come together, see CrawlState).
    await crawl.state.completeUnchanged!(entry.url, record, previous);
    this.emit('page', record);
    for (const finding of previous.findings) this.emit('finding', finding);
  }

  /** A page first read as served that changed: loaded again as any page is, with the variants already fetched. */
  private async loadChanged(
    entry: FrontierEntry,
    settings: LoadSettings,
    served: PageSnapshot,
    crawl: Crawl,
  ): Promise<LoadedPage> {
    const loaded = await loadPage(entry, crawl.client, settings);
    if (!loaded.snapshot) return loaded;
    const snapshot = withVariants(loaded.snapshot, variantsOf(served));
    const validators = loaded.validators && withVariantsHash(loaded.validators, snapshot);
    return { ...loaded, snapshot, ...(validators ? { validators } : {}) };
  }

  private async followLinks(urls: readonly string[], entry: FrontierEntry, crawl: Crawl): Promise<void> {
    if (entry.depth >= this.options.maxDepth) return;
    for (const url of urls) {
      if (inScope(url, crawl.scope) && this.isCrawlable(url) && crawl.traps.admit(url)) {
        await crawl.state.enqueue({ url, depth: entry.depth + 1, referrer: entry.url });
      }
    }
  }

  private wantsCloakingCheck(entry: FrontierEntry): boolean {
    const maxDepth = { none: -1, home: 0, top: 1, all: Infinity }[this.options.cloaking];
    return entry.depth <= maxDepth && !isAttachmentUrl(entry.url);
  }

  /** Pages, and attachments unless --no-attachments; never images, styles and the like. */
  private isCrawlable(url: string): boolean {
    return looksLikePage(url) || (this.options.attachments && isAttachmentUrl(url));
  }

  private async seedFromSitemaps({ client, robots, state, scope }: Crawl): Promise<void> {
    const origin = new URL(this.options.startUrl).origin;
    const listed = await robots.sitemaps(origin);
    const sitemapUrls = listed.length
      ? listed.map((s) => normalizeUrl(s, origin)).filter((u): u is string => !!u)
      : [`${origin}/sitemap.xml`];
    for (const raw of await readSitemaps(client, sitemapUrls, this.options.maxPages, (u) => inScope(u, scope))) {
      const url = normalizeUrl(raw);
      if (url && inScope(url, scope) && this.isCrawlable(url)) await state.enqueue({ url, depth: 1 });
    }
  }
}

/** The page's links a visitor navigates to, normalized: what the frontier takes (and an unchanged page keeps). */
function navigableUrls(page: PageSnapshot): string[] {
  const urls = page.links.filter((link) => NAVIGABLE.has(link.element)).map((link) => normalizeUrl(link.url));
  return [...new Set(urls.filter((url): url is string => !!url))];
}

/** The registry, or the checks named by --checks (unknown names are a usage error). */
export function selectChecks(ids: readonly string[]): CheckDefinition[] {
  if (!ids.length) return [...CHECKS];
  const unknown = ids.filter((id) => !CHECKS.some((c) => c.id === id));
  if (unknown.length) {
    const known = CHECKS.map((c) => c.id).join(', ');
    throw new UsageError(
      `未知的检查项：${unknown.join(', ')}（可用：${known}）`,
      `Unknown checks: ${unknown.join(', ')} (known: ${known})`,
    );
  }
  return CHECKS.filter((c) => ids.includes(c.id));
}

/** Crawls the site and returns the report. */
export function crawlSite(options: CrawlOptions): Promise<Report> {
  return new Inspector(options).run();
}

/** A page that was never loaded (robots.txt refused it, or loading it failed): its record says why. */
function skippedPage(
  entry: FrontierEntry,
  skipped: string,
  failure: Partial<Pick<ProbeResult, 'error' | 'errorMessage'>>,
): Parameters<CrawlState['complete']>[1] {
  const { url, depth } = entry;
  return {
    record: { url, finalUrl: url, status: 0, contentType: '', title: '', depth, rendered: false, skipped },
    probe: { url, status: 0, finalUrl: url, redirects: [url], ...failure },
    findings: [],
    collected: [],
  };
}
