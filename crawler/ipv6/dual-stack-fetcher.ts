import type { LookupFunction } from 'node:net';
import {
  NO_LOCAL_IPV6,
  type DualStackProbe,
  type DualStackResult,
  type StackView,
} from '../../shared/ipv6/dual-stack.ts';
import type { AddressPolicy } from '../fetch/address-policy.ts';
import type { RequestLimiter } from '../fetch/host-limiter.ts';
import { HttpClient } from '../fetch/http-client.ts';
import { snapshotFromResponse } from '../page/snapshot-from-html.ts';
import { dnsResolver, lookupHost, type AddressResolver, type HostRecords } from './resolver.ts';
import { kernelRouteCheck, type RouteCheck } from './route-check.ts';

export interface DualStackOptions {
  userAgent: string;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  /**
   * The crawl's own politeness: both families' requests to a host go through it under the host's name as
   * the crawl uses it, so the check's refetches count against the crawl's rate and concurrency.
   */
  limiter: RequestLimiter;
  resolver?: AddressResolver;
  routeCheck?: RouteCheck;
  /** The crawl's address policy: the check connects nowhere the crawl may not. */
  policy?: AddressPolicy;
}

type Family = 4 | 6;
const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame']);

/** Fetches each URL twice, once connecting only over IPv4 and once only over IPv6 (redirects included). */
export class DualStackFetcher implements DualStackProbe {
  private readonly records = new Map<string, Promise<HostRecords>>();
  private readonly unconnectable = new Map<string, StackView>();
  private readonly clients: Record<Family, HttpClient>;
  private readonly resolver: AddressResolver;
  private readonly routeCheck: RouteCheck;

  constructor(options: DualStackOptions) {
    this.resolver = options.resolver ?? dnsResolver;
    this.routeCheck = options.routeCheck ?? kernelRouteCheck;
    const client = (family: Family) =>
      new HttpClient({
        userAgent: options.userAgent,
        timeoutMs: options.timeoutMs,
        maxBytes: options.maxBytes,
        maxRedirects: options.maxRedirects,
        retries: 1,
        retryBaseMs: 500,
        maxRetryAfterMs: 5000,
        limiter: options.limiter,
        lookup: this.lookupFor(family),
        ...(options.policy ? { policy: options.policy } : {}),
      });
    this.clients = { 4: client(4), 6: client(6) };
  }

  async fetchBoth(url: string): Promise<DualStackResult> {
    const host = new URL(url).hostname;
    const records = await this.recordsOf(host);
    const [v4, v6] = await Promise.all([
      records.a.length ? this.fetchOver(4, url) : undefined,
      records.aaaa.length ? this.fetchOverIpv6(url, records.aaaa[0]!) : undefined,
    ]);
    return { url, host, ...records, ...(v4 ? { v4 } : {}), ...(v6 ? { v6 } : {}) };
  }

  async close(): Promise<void> {
    await Promise.all([this.clients[4].close(), this.clients[6].close()]);
  }

  private async fetchOverIpv6(url: string, address: string): Promise<StackView> {
    const noRoute = await this.routeCheck(address);
    if (noRoute)
      return { status: 0, finalUrl: url, error: NO_LOCAL_IPV6, errorMessage: noRoute, title: '', text: [], links: [] };
    // A host whose IPv6 address refuses or swallows connections does so for every URL: wait for it once.
    const host = new URL(url).host;
    const failed = this.unconnectable.get(host);
    if (failed) return { ...failed, finalUrl: url };
    const view = await this.fetchOver(6, url);
    if (view.error === 'refused' || /connect/i.test(view.errorMessage ?? '')) this.unconnectable.set(host, view);
    return view;
  }

  private async fetchOver(family: Family, url: string): Promise<StackView> {
    const res = await this.clients[family].fetch(url, 'full');
    const view = {
      status: res.status,
      finalUrl: res.finalUrl,
      title: '',
      text: [] as string[],
      links: [] as string[],
      ...(res.error ? { error: res.error, errorMessage: res.errorMessage ?? '' } : {}),
    };
    const contentType = res.headers['content-type'] ?? '';
    if (!res.body || !/html|xml/i.test(contentType)) return view;
    const page = snapshotFromResponse(url, res).snapshot;
    const links = page.links.filter((l) => NAVIGABLE.has(l.element)).map((l) => l.url);
    return {
      ...view,
      title: page.title,
      text: page.textBlocks.filter((b) => !b.hidden).map((b) => b.text),
      links: [...new Set(links)].sort(),
    };
  }

  private recordsOf(host: string): Promise<HostRecords> {
    let records = this.records.get(host);
    if (!records) this.records.set(host, (records = lookupHost(this.resolver, host)));
    return records;
  }

  /** Connections of one client only ever get addresses of its family, also for hosts reached by redirect. */
  private lookupFor(family: Family): LookupFunction {
    return (hostname, options, callback) => {
      this.recordsOf(hostname).then(
        (records) => {
          const address = (family === 4 ? records.a : records.aaaa)[0];
          if (!address) {
            const error: NodeJS.ErrnoException = new Error(`no ${family === 4 ? 'A' : 'AAAA'} record for ${hostname}`);
            error.code = 'ENOTFOUND';
            callback(error, '', family);
          } else if (options.all) {
            (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(null, [
              { address, family },
            ]);
          } else {
            callback(null, address, family);
          }
        },
        (error: NodeJS.ErrnoException) => callback(error, '', family),
      );
    };
  }
}

/** Runs `use` with a dual-stack fetcher and closes its connections afterwards. */
export async function withDualStack<T>(
  options: DualStackOptions,
  use: (dual: DualStackFetcher) => Promise<T>,
): Promise<T> {
  const dual = new DualStackFetcher(options);
  try {
    return await use(dual);
  } finally {
    await dual.close();
  }
}
