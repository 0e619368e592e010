import { EventEmitter } from 'node:events';
import { CHECKS } from '../shared/checks/index.ts';
import type { ProbeResult } from '../shared/checks/link-probe.ts';
import type { CheckDefinition } from '../shared/checks/types.ts';
import { CheckEngine } from '../shared/engine/run-checks.ts';
import type { Finding } from '../shared/model/finding.ts';
import type { PageRecord, Report } from '../shared/model/report.ts';
import type { PageSnapshot } from '../shared/model/page-snapshot.ts';
import { buildReport } from '../shared/report/build-report.ts';
import { HostLimiter } from './fetch/host-limiter.ts';
import { HttpClient } from './fetch/http-client.ts';
import { Frontier, type FrontierEntry } from './frontier.ts';
import { CrawlLinkProbe } from './link-prober.ts';
import type { CrawlOptions } from './options.ts';
import { loadPage } from './page-loader.ts';
import { BrowserPool } from './render/browser-pool.ts';
import { RobotsCache } from './robots.ts';
import { readSitemaps } from './sitemap.ts';
import { inScope, looksLikePage, makeScope, normalizeUrl, type Scope } from './url.ts';
import { UsageError } from './errors.ts';
import { runPool } from './work-pool.ts';
import { VERSION } from './version.ts';

export interface CrawlProgress {
  done: number;
  queued: number;
  findings: number;
}

export interface InspectorEvents {
  page: [PageRecord];
  finding: [Finding];
  progress: [CrawlProgress];
}

// Elements whose targets are documents a visitor navigates to (the rest are resources, probed only).
const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame', 'meta']);

/** Crawls one site and runs every check; progress arrives as events, the whole report as the result. */
export class Inspector extends EventEmitter<InspectorEvents> {
  private readonly records: PageRecord[] = [];
  private readonly findings: Finding[] = [];
  /** Fetch outcome per crawled URL (and redirect target), reused by the link probe. */
  private readonly crawled = new Map<string, ProbeResult>();

  constructor(private readonly options: CrawlOptions) {
    super();
  }

  async run(): Promise<Report> {
    const o = this.options;
    const startedAt = new Date();
    const checks = selectChecks(o.checks);
    const limiter = new HostLimiter(o.concurrency, o.delayMs);
    const client = new HttpClient({ userAgent: o.userAgent, timeoutMs: o.timeoutMs, maxBytes: o.maxBytes,
      maxRedirects: o.maxRedirects, retries: o.retries, retryBaseMs: o.retryBaseMs, maxRetryAfterMs: o.maxRetryAfterMs, limiter });
    const pool = o.render !== 'never' && BrowserPool.available()
      ? new BrowserPool({ tabs: o.renderTabs, timeoutMs: o.timeoutMs * 2, userAgent: o.userAgent }) : undefined;
    const engine = new CheckEngine({ checks, siteUrl: o.startUrl, asOf: o.asOf, profiles: o.profiles,
      checkOptions: o.checkOptions, capabilities: { rendered: pool !== undefined, network: true } });
    const scope = makeScope(o.startUrl, o.extraHosts, o.skipLinks);
    const robots = new RobotsCache(client, o.userAgent);
    const frontier = new Frontier(o.maxPages);
    frontier.add({ url: o.startUrl, depth: 0 });
    if (o.useSitemap) await this.seedFromSitemaps(client, robots, frontier, scope);
    try {
      const visit = { client, pool, engine, robots, frontier, scope };
      await runPool(o.concurrency, () => frontier.next(), (entry) => this.visit(entry, visit));
      const probe = new CrawlLinkProbe(client, this.crawled, scope, o.external);
      const siteFindings = await engine.finish({ probe });
      this.findings.push(...siteFindings);
      return buildReport({ version: VERSION, startUrl: o.startUrl, siteName: o.siteName, startedAt, finishedAt: new Date(),
        asOf: o.asOf, profiles: o.profiles, pages: this.records, findings: this.findings, checks: engine.timing(),
        linksProbed: probe.probed, sections: { ...engine.sections, crawl: { frontierRefused: frontier.refused } } });
    } finally {
      await pool?.close();
      await client.close();
    }
  }

  private async visit(entry: FrontierEntry, ctx: VisitContext): Promise<void> {
    try {
      if (!this.options.ignoreRobots && !(await ctx.robots.isAllowed(entry.url))) {
        this.record({ url: entry.url, finalUrl: entry.url, status: 0, contentType: '', title: '', depth: entry.depth,
          rendered: false, skipped: 'disallowed by robots.txt (use --ignore-robots to override)' });
        this.crawled.set(entry.url, { url: entry.url, status: 0, finalUrl: entry.url, redirects: [entry.url], error: 'blocked-by-robots' });
        return;
      }
      const loaded = await loadPage(entry, ctx.client, this.options.render, ctx.pool);
      this.crawled.set(entry.url, loaded.probe);
      this.record(loaded.record);
      if (!loaded.snapshot) return;
      for (const finding of await ctx.engine.checkPage(loaded.snapshot)) this.addFinding(finding);
      // A page that redirected off the site is checked but its links are not followed.
      if (inScope(loaded.snapshot.finalUrl, ctx.scope)) this.enqueueLinks(loaded.snapshot, entry, ctx);
    } catch (error) {
      // One page never stops the crawl: record why it failed and go on.
      this.record({ url: entry.url, finalUrl: entry.url, status: 0, contentType: '', title: '', depth: entry.depth,
        rendered: false, skipped: `internal error: ${(error as Error).message}` });
    } finally {
      this.emit('progress', { done: this.records.length, queued: ctx.frontier.pending, findings: this.findings.length });
    }
  }

  private enqueueLinks(page: PageSnapshot, entry: FrontierEntry, ctx: VisitContext): void {
    if (entry.depth >= this.options.maxDepth) return;
    for (const link of page.links) {
      if (!NAVIGABLE.has(link.element)) continue;
      const url = normalizeUrl(link.url);
      if (url && inScope(url, ctx.scope) && looksLikePage(url)) {
        ctx.frontier.add({ url, depth: entry.depth + 1, referrer: entry.url });
      }
    }
  }

  private async seedFromSitemaps(client: HttpClient, robots: RobotsCache, frontier: Frontier, scope: Scope): Promise<void> {
    const origin = new URL(this.options.startUrl).origin;
    const listed = await robots.sitemaps(origin);
    const sitemapUrls = listed.length ? listed.map((s) => normalizeUrl(s, origin)).filter((u): u is string => !!u)
      : [`${origin}/sitemap.xml`];
    const urls = await readSitemaps(client, sitemapUrls, this.options.maxPages);
    for (const raw of urls) {
      const url = normalizeUrl(raw);
      if (url && inScope(url, scope) && looksLikePage(url)) frontier.add({ url, depth: 1 });
    }
  }

  private record(record: PageRecord): void {
    this.records.push(record);
    this.emit('page', record);
  }

  private addFinding(finding: Finding): void {
    this.findings.push(finding);
    this.emit('finding', finding);
  }
}

interface VisitContext {
  client: HttpClient;
  pool: BrowserPool | undefined;
  engine: CheckEngine;
  robots: RobotsCache;
  frontier: Frontier;
  scope: Scope;
}

/** The registry, or the checks named by --checks (unknown names are a usage error). */
export function selectChecks(ids: readonly string[]): CheckDefinition[] {
  if (!ids.length) return [...CHECKS];
  const unknown = ids.filter((id) => !CHECKS.some((c) => c.id === id));
  if (unknown.length) {
    const known = CHECKS.map((c) => c.id).join(', ');
    throw new UsageError(`未知的检查项：${unknown.join(', ')}（可用：${known}）`, `Unknown checks: ${unknown.join(', ')} (known: ${known})`);
  }
  return CHECKS.filter((c) => ids.includes(c.id));
}

/** Crawls the site and returns the report. */
export function crawlSite(options: CrawlOptions): Promise<Report> {
  return new Inspector(options).run();
}
