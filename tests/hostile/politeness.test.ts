import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/crawl.ts';
import { resolveOptions } from '../../crawler/options.ts';

const PAGES = 30;
const CONCURRENCY = 2;
const DELAY_MS = 60;

/** The server logs every request's start and end; the assertions read only that log. */
describe('politeness, proven from the server log', () => {
  let server: Server;
  let url: string;
  const log: { path: string; start: number; end: number; status: number }[] = [];
  beforeAll(async () => {
    server = createServer((req, res) => {
      const entry = { path: req.url ?? '/', start: performance.now(), end: 0, status: 200 };
      log.push(entry);
      const n = Number(/\/p\/(\d+)\.html/.exec(entry.path)?.[1] ?? -1);
      // Page 5 is rate-limited once: Retry-After 1 second.
      if (n === 5 && log.filter((e) => e.path === entry.path).length === 1) entry.status = 429;
      const links = [1, 2, 3].map((d) => n + d).filter((m) => m < PAGES && m >= 0).map((m) => `<a href="/p/${m}.html">第${m}页</a>`);
      // Each response takes a while, so requests would overlap if the limiter let them.
      setTimeout(() => {
        entry.end = performance.now();
        if (entry.status === 429) res.writeHead(429, { 'retry-after': '1' }).end('slow down');
        else res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(`<!doctype html><title>第${n}页</title><p>正文</p>${links.join(' ')}`);
      }, 20);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/p/0.html`;
    await crawlSite(resolveOptions({ startUrl: url, asOf: '2026-11-23', maxPages: 100, maxDepth: 100, concurrency: CONCURRENCY,
      delayMs: DELAY_MS, render: 'never', useSitemap: false, retries: 1, cloaking: 'none', checks: ['link-broken'] }));
  }, 300_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('never had more than the configured requests in flight', () => {
    const events = log.flatMap((e) => [[e.start, 1], [e.end, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    let inFlight = 0;
    let most = 0;
    for (const [, d] of events) most = Math.max(most, (inFlight += d));
    expect(log.length).toBeGreaterThan(PAGES);
    expect(most).toBeLessThanOrEqual(CONCURRENCY);
  });

  // KNOWN VIOLATION (docs/benchmarks.md): some requests start closer than --delay — every page is fetched a
  // second time ~35 ms after the first, and crawler/ipv6/dual-stack-fetcher.ts has its own HostLimiter. When
  // every request goes through the crawl's one limiter this test fails: turn it.fails back into it.
  it.fails('kept the configured delay between request starts', () => {
    const starts = [...log].sort((a, b) => a.start - b.start);
    const gaps = starts.slice(1).map((s, i) => s.start - starts[i].start);
    // 2 ms of slack for timer and clock granularity between the two sides of the socket.
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(DELAY_MS - 2);
  });

  it('waited as long as Retry-After asked before asking again', () => {
    const asks = log.filter((e) => e.path === '/p/5.html');
    // The first two: the crawl's own request and its retry (a later link probe may ask once more).
    expect(asks.slice(0, 2).map((e) => e.status)).toEqual([429, 200]);
    expect(asks[1].start - asks[0].end).toBeGreaterThanOrEqual(1000 - 2);
  });
});
