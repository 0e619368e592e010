import type { LinkProbe, ProbeResult } from '../../shared/checks/link-probe.ts';
import { sniffBytes } from '../../shared/links/sniff.ts';
import { decodeHtml } from '../fetch/charset.ts';
import { HostLimiter } from '../fetch/host-limiter.ts';
import type { HttpClient, HttpResponse } from '../fetch/http-client.ts';
import { inScope, isSkipped, type Scope } from '../frontier/url.ts';
import type { ProbeMemory } from '../store/probe-memory.ts';

/** A fetch turned into the probe vocabulary checks understand. */
export function toProbeResult(res: HttpResponse): ProbeResult {
  const contentType = res.headers['content-type'];
  const length = res.headers['content-length'];
  const hasBody = !res.error && res.status >= 200 && res.status < 300 && res.body !== undefined;
  return {
    url: res.url,
    status: res.status,
    finalUrl: res.finalUrl,
    redirects: res.redirects,
    ...(res.error ? { error: res.error, errorMessage: res.errorMessage } : {}),
    ...(contentType ? { contentType } : {}),
    ...(length !== undefined
      ? { contentLength: Number(length) }
      : res.body && !res.truncated
        ? { contentLength: res.body.length }
        : {}),
    ...(res.retries ? { retries: res.retries } : {}),
    ...(hasBody ? { sniffed: sniffBytes(res.body!) } : {}),
  };
}

/** Opens a URL in a real browser; used for a second look at links a firewall refused to a plain client. */
export type BrowserRecheck = (url: string) => Promise<NonNullable<ProbeResult['browser']>>;

// Statuses anti-crawler gateways give robots; a browser often gets the page.
const REFUSED = new Set([401, 403, 429, 999]);
// Other sites' servers get at most this many requests from us at once, whatever --concurrency says.
const EXTERNAL_CONCURRENCY = 2;

/**
 * The crawler's LinkProbe: a target the crawl already fetched is answered from that fetch (never requested
 * twice); anything else is fetched once (a body sample only), through the crawl's politeness limits, and
 * other sites more gently still.
 */
export class CrawlLinkProbe implements LinkProbe {
  private readonly cache = new Map<string, Promise<ProbeResult>>();
  private readonly external = new HostLimiter(EXTERNAL_CONCURRENCY, 0);
  probed = 0;

  constructor(
    private readonly client: HttpClient,
    private readonly crawled: Pick<ReadonlyMap<string, ProbeResult>, 'get'>,
    private readonly scope: Scope,
    private readonly externalMode: 'status' | 'none',
    private readonly recheck?: BrowserRecheck,
    /** Incremental re-crawl: the previous run's results of targets that answered well. */
    private readonly memory?: ProbeMemory,
  ) {}

  probe(url: string): Promise<ProbeResult> {
    const key = url.replace(/#.*$/, '');
    let pending = this.cache.get(key);
    if (!pending) {
      const known = this.crawled.get(key);
      pending = known ? this.withRecheck(key, known) : this.fetch(key);
      this.cache.set(key, pending);
    }
    return pending;
  }

  /**
   * A refused answer (the crawl's own or the probe's) gets the browser's second look, once; only on the site's
   * own hosts: a browser opening any third-party page a hostile site links is not worth the second look.
   */
  private async withRecheck(url: string, result: ProbeResult): Promise<ProbeResult> {
    return this.recheck && REFUSED.has(result.status) && inScope(url, this.scope)
      ? { ...result, browser: await this.recheck(url) }
      : result;
  }

  private async fetch(url: string): Promise<ProbeResult> {
    if (isSkipped(url, this.scope))
      return { url, status: 0, finalUrl: url, redirects: [url], skipped: 'matches a skip pattern' };
    const own = inScope(url, this.scope);
    if (this.externalMode === 'none' && !own) {
      return {
        url,
        status: 0,
        finalUrl: url,
        redirects: [url],
        skipped: 'external links not checked (--external none)',
      };
    }
    const recalled = this.memory?.recall(url);
    if (recalled) return recalled;
    this.probed++;
    const res = own
      ? await this.client.fetch(url, 'sample')
      : await this.external.run(hostOf(url), () => this.client.fetch(url, 'sample'));
    const result = toProbeResult(res);
    if (res.body && (/html|text/i.test(result.contentType ?? '') || result.sniffed === 'html')) {
      result.bodySample = decodeHtml(res.body, result.contentType).text;
    }
    this.memory?.keep(url, result);
    return this.withRecheck(url, result);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
