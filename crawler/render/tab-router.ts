import type { HTTPRequest, Page } from 'puppeteer-core';
import type { AddressPolicy } from '../fetch/address-policy.ts';
import type { RequestLimiter } from '../fetch/host-limiter.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import type { ResourceCache } from './resource-cache.ts';

/** A response as the crawl's HTTP client got it (body decompressed). */
export interface FetchedDocument {
  /** Where the client ended up after redirects. */
  url: string;
  status: number;
  headers: Record<string, string>;
  body: Uint8Array;
  /** The address policy refused it (intranet/loopback): nothing was sent. */
  refused?: boolean;
}

/**
 * The crawl's politeness as tabs use it: its HTTP client (with the limiter inside, retries, size cap) for
 * what the tab may get through it, and the limiter itself for what Chromium must send on its own.
 */
export interface CrawlNetwork {
  client: Pick<HttpClient, 'fetch'>;
  limiter: RequestLimiter;
  /** Longest a request Chromium sends keeps its limiter slot (a stream that never ends must not hold the host). */
  holdLimitMs: number;
  /** Checks what Chromium sends itself (the client checks its own connections). */
  policy?: AddressPolicy;
  /** With --external none: the URLs the tab may ask for at all (the site's own); the rest are blocked. */
  ownSite?: (url: string) => boolean;
}

// These describe the bytes on the wire, not the decompressed body held here; Chromium recomputes the length.
const WIRE_HEADERS = new Set(['content-encoding', 'content-length', 'transfer-encoding', 'connection', 'keep-alive']);
// The client negotiates encodings it can decode (not zstd) and manages its own connections.
const NOT_FORWARDED = new Set(['accept-encoding', 'host', 'connection', 'content-length', 'user-agent']);
// Streams and media never end or are huge, and checking a page needs neither; nor the tab's icon, which
// Chromium asks for on its own (a 404 again after every render).
const SKIPPED = new Set(['media', 'eventsource', 'websocket']);
const TAB_ICON = /^https?:\/\/[^/]+\/favicon\.ico$/i;

export interface RouterOptions {
  /** The tab's own navigations leave from Chromium (a firewall that admits only browsers must see one). */
  browserNavigations?: boolean;
  /** Template resources shared by the tabs of a pool. */
  cache?: ResourceCache;
}

const keyOf = (url: string) => url.replace(/#.*$/, '');
const ignore = () => undefined;

// The client joins repeated headers with ", "; Chromium needs each cookie in a header of its own again
// (a comma inside a cookie, as in "Expires=Wed, 21 Oct", is not followed by "name=").
const COOKIE_BOUNDARY = /,\s*(?=[^;,=\s]+=)/;

function respondWith(request: HTTPRequest, response: FetchedDocument): Promise<void> {
  const headers: Record<string, string | string[]> = Object.fromEntries(
    Object.entries(response.headers).filter(([name]) => !WIRE_HEADERS.has(name)),
  );
  if (response.headers['set-cookie']) headers['set-cookie'] = response.headers['set-cookie'].split(COOKIE_BOUNDARY);
  return request.respond({ status: response.status, headers, body: Buffer.from(response.body) });
}

/**
 * Puts a tab's requests under the crawl's politeness. A page the crawl already fetched is handed to the tab
 * without asking the site again (original bytes and content type: a GBK page stays GBK). Other GETs are
 * fetched by the crawl's HTTP client, so its limiter spaces them like any page fetch, from this process and
 * its connections, and the bytes are handed to the tab. What the client cannot send (POST and other methods
 * from a page's script; with `browserNavigations`, the tab's own navigations) Chromium sends itself once the limiter
 * gives it a slot, held until the response is in.
 */
export class TabRouter {
  private readonly ready = new Map<string, FetchedDocument>();
  private readonly held = new Map<HTTPRequest, () => void>();
  private readonly refused = new Set<string>();

  private constructor(
    private readonly page: Page,
    private readonly network: CrawlNetwork,
    private readonly options: RouterOptions,
  ) {}

  static async attach(page: Page, network: CrawlNetwork, options: RouterOptions = {}): Promise<TabRouter> {
    const router = new TabRouter(page, network, options);
    const release = (request: HTTPRequest) => router.held.get(request)?.();
    page.on('request', (request) => void router.route(request).catch(() => request.abort('failed').catch(ignore)));
    page.on('requestfinished', release);
    page.on('requestfailed', release);
    page.once('close', () => [...router.held.values()].forEach((done) => done()));
    await page.setRequestInterception(true);
    return router;
  }

  /** The tab's next request for `response.url` is answered with `response`. */
  serve(response: FetchedDocument): void {
    this.ready.set(keyOf(response.url), response);
  }

  /** Drops whatever `serve` left that nobody asked for, and the refusals of the last page. */
  forgetAll(): void {
    this.ready.clear();
    this.refused.clear();
  }

  /** URLs the page asked for that lead into the inspector's own network (refused, never sent). */
  refusedRequests(): string[] {
    return [...this.refused];
  }

  /** A refusal seen elsewhere (the guard proxy) while this tab's page was the one rendering. */
  noteRefused(url: string): void {
    this.refused.add(keyOf(url));
  }

  private async route(request: HTTPRequest): Promise<void> {
    if (request.isInterceptResolutionHandled()) return;
    const url = request.url();
    const ready = this.ready.get(keyOf(url));
    if (ready) {
      this.ready.delete(keyOf(url));
      return respondWith(request, ready);
    }
    // data:, blob: and the like never leave the browser; any other scheme (ftp:, file:) is no page's business.
    if (!/^https?:/i.test(url))
      return /^(data|blob|about):/i.test(url) ? request.continue() : request.abort('blockedbyclient');
    if (SKIPPED.has(request.resourceType()) || TAB_ICON.test(url)) return request.abort('blockedbyclient');
    if (this.network.ownSite && !this.network.ownSite(url)) return request.abort('blockedbyclient');
    if (request.method() !== 'GET' || (this.options.browserNavigations && request.isNavigationRequest())) {
      // Chromium connects for these itself, out of undici's reach: the policy looks at the address first.
      if (await this.network.policy?.refusal(url)) return this.refuse(request);
      return this.network.limiter.run(new URL(url).host, () => this.send(request));
    }
    const cache = this.options.cache;
    const load = () => this.fetchForTab(request);
    const response = await (cache ? cache.through(keyOf(url), request.resourceType(), load) : load());
    if (response.refused) return this.refuse(request);
    if (!response.status) return request.abort('failed');
    // A redirected navigation is sent where the client landed (and handed that page), so the tab's
    // address is the final one, as it would be had Chromium followed the redirect itself.
    if (request.isNavigationRequest() && keyOf(response.url) !== keyOf(url)) {
      this.serve(response);
      return request.respond({ status: 302, headers: { location: response.url } });
    }
    return respondWith(request, response);
  }

  /** A GET by the crawl's client; Chromium's own headers go along (referer, accept, range, the tab's cookies). */
  private async fetchForTab(request: HTTPRequest): Promise<FetchedDocument> {
    const headers = Object.fromEntries(
      Object.entries(request.headers()).filter(([name]) => !NOT_FORWARDED.has(name.toLowerCase())),
    );
    const res = await this.network.client.fetch(request.url(), 'full', headers);
    return {
      url: res.finalUrl,
      status: res.status,
      headers: res.headers,
      body: res.body ?? new Uint8Array(),
      ...(res.error === 'private-address' ? { refused: true } : {}),
    };
  }

  private refuse(request: HTTPRequest): Promise<void> {
    this.noteRefused(request.url());
    return request.abort('blockedbyclient');
  }

  /**
   * Lets Chromium send the request; resolves when its response is in or lost, or the hold limit passed. When
   * Chromium wrote it is not seen here, so the limiter takes that end as its send (the latest it can have been).
   */
  private send(request: HTTPRequest): Promise<void> {
    // Cancelled while it waited for its slot (the page moved on): nothing goes out.
    if (request.failure() || this.page.isClosed()) return Promise.resolve();
    return new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.held.delete(request);
        resolve();
      };
      const timer = setTimeout(done, this.network.holdLimitMs);
      this.held.set(request, done);
      request.continue().catch(done);
    });
  }
}
