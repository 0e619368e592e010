import type { LinkProbe, ProbeResult } from '../shared/checks/link-probe.ts';
import { decodeHtml } from './fetch/charset.ts';
import type { HttpClient, HttpResponse } from './fetch/http-client.ts';
import { inScope, isSkipped, type Scope } from './url.ts';

/** A fetch turned into the probe vocabulary checks understand. */
export function toProbeResult(res: HttpResponse): ProbeResult {
  const contentType = res.headers['content-type'];
  const length = res.headers['content-length'];
  return {
    url: res.url,
    status: res.status,
    finalUrl: res.finalUrl,
    redirects: res.redirects,
    ...(res.error ? { error: res.error, errorMessage: res.errorMessage } : {}),
    ...(contentType ? { contentType } : {}),
    ...(length !== undefined ? { contentLength: Number(length) } : res.body && !res.truncated ? { contentLength: res.body.length } : {}),
    ...(res.retries ? { retries: res.retries } : {}),
  };
}

/**
 * The crawler's LinkProbe: a target the crawl already fetched is answered from that fetch (never requested
 * twice); anything else is fetched once (a body sample only), through the crawl's politeness limits.
 */
export class CrawlLinkProbe implements LinkProbe {
  private readonly cache = new Map<string, Promise<ProbeResult>>();
  probed = 0;

  constructor(
    private readonly client: HttpClient,
    private readonly crawled: ReadonlyMap<string, ProbeResult>,
    private readonly scope: Scope,
    private readonly external: 'status' | 'none',
  ) {}

  probe(url: string): Promise<ProbeResult> {
    const key = url.replace(/#.*$/, '');
    const known = this.crawled.get(key);
    if (known) return Promise.resolve(known);
    let pending = this.cache.get(key);
    if (!pending) {
      pending = this.fetch(key);
      this.cache.set(key, pending);
    }
    return pending;
  }

  private async fetch(url: string): Promise<ProbeResult> {
    if (isSkipped(url, this.scope)) return { url, status: 0, finalUrl: url, redirects: [url], skipped: 'matches a skip pattern' };
    if (this.external === 'none' && !inScope(url, this.scope)) {
      return { url, status: 0, finalUrl: url, redirects: [url], skipped: 'external links not checked (--external none)' };
    }
    this.probed++;
    const res = await this.client.fetch(url, 'sample');
    const result = toProbeResult(res);
    if (res.body && /html|text/i.test(result.contentType ?? '')) {
      result.bodySample = decodeHtml(res.body, result.contentType).text;
    }
    return result;
  }
}
