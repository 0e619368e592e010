import type { LookupFunction } from 'node:net';
import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter, type RequestLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../crawler/fetch/http-client.ts';
import { DualStackFetcher } from '../../crawler/ipv6/dual-stack-fetcher.ts';
import type { AddressResolver } from '../../crawler/ipv6/resolver.ts';
import { assertAllPermitted, assertPermitsSpaced, recordingLimiter } from '../e2e/polite-log.ts';
import { now } from '../e2e/logged-site.ts';
import { serveHost, type FixtureHost } from './fixture-hosts.ts';

const loopback6 = await new Promise<boolean>((resolve) => {
  const server = createServer().once('error', () => resolve(false));
  server.listen(0, '::1', () => server.close(() => resolve(true)));
});

const DELAY_MS = 80;
const resolver: AddressResolver = { resolve4: async () => ['127.0.0.1'], resolve6: async () => ['::1'] };
// The crawl's own client reaches the made-up name over IPv4, as a crawl of a dual-stack site would.
const lookup: LookupFunction = (_host, options, callback) =>
  options.all
    ? (callback as unknown as (e: null, all: { address: string; family: number }[]) => void)(null, [
        { address: '127.0.0.1', family: 4 },
      ])
    : callback(null, '127.0.0.1', 4);

/** The IPv6 check refetches pages the crawl fetched: over both families, under the crawl's one limiter. */
describe.runIf(loopback6)("the dual-stack fetcher keeps the crawl's politeness", () => {
  let host: FixtureHost;
  const arrivals: { path: string; family: 4 | 6; start: number; end: number }[] = [];
  const asked: string[] = [];
  const recorded = recordingLimiter(new HostLimiter(1, DELAY_MS));
  beforeAll(async () => {
    host = await serveHost(
      (path, family) => {
        const arrived = now();
        arrivals.push({ path, family, start: arrived, end: arrived });
        return { html: `<title>栏目${path}</title><p>正文</p>` };
      },
      [4, 6],
    );
    const limiter: RequestLimiter = {
      run: (key, task) => {
        asked.push(key);
        return recorded.run(key, task);
      },
    };
    const common = { userAgent: 'govcheck-test', timeoutMs: 5000, maxBytes: 1 << 20, maxRedirects: 5 };
    const client = new HttpClient({ ...common, retries: 0, retryBaseMs: 100, maxRetryAfterMs: 1000, limiter, lookup });
    const dual = new DualStackFetcher({ ...common, limiter, resolver });
    const origin = `http://dual.test:${host.port}`;
    try {
      await Promise.all([client.fetch(`${origin}/a`), dual.fetchBoth(`${origin}/a`), dual.fetchBoth(`${origin}/b`)]);
    } finally {
      await Promise.all([client.close(), dual.close()]);
    }
  });
  afterAll(() => host?.close());

  it("asks the crawl's limiter for every request, under the host as the crawl names it", () => {
    expect(arrivals.map((a) => `${a.family} ${a.path}`).sort()).toEqual(['4 /a', '4 /a', '4 /b', '6 /a', '6 /b']);
    expect(asked).toEqual(Array(5).fill(`dual.test:${host.port}`));
  });

  it('so both families together keep the delay the crawl was given', () => {
    assertAllPermitted(arrivals, recorded.permits);
    assertPermitsSpaced(recorded.permits, DELAY_MS);
  });
});
