import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Inspector } from '../../crawler/crawl/crawl.ts';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { serveLogged, type Answer, type LoggedRequest, type LoggedSite } from '../e2e/logged-site.ts';
import {
  assertAllPermitted,
  assertPermitsSpaced,
  assertWritesSpaced,
  mostInFlight,
  noteWrites,
  recordingLimiter,
} from '../e2e/polite-log.ts';

const CONCURRENCY = 2;
const DELAY_MS = 60;

/** 30 pages, each linking the next three; page 5 is rate-limited once (Retry-After: 1 second). */
function countySite(path: string, nth: number): Answer {
  const PAGES = 30;
  const n = Number(/\/p\/(\d+)\.html/.exec(path)?.[1] ?? -1);
  if (n === 5 && nth === 1) return { status: 429, headers: { 'retry-after': '1' }, body: 'slow down' };
  const links = [1, 2, 3]
    .map((d) => n + d)
    .filter((m) => m < PAGES && m >= 0)
    .map((m) => `<a href="/p/${m}.html">第${m}页</a>`);
  return {
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body: `<!doctype html><title>第${n}页</title><p>正文</p>${links.join(' ')}`,
  };
}

/** The server logs every request's arrival and answer on its own thread; the assertions read only that log. */
describe('politeness, proven from the server log', () => {
  let site: LoggedSite;
  let log: LoggedRequest[];
  // The crawl's limiter, noting when it let each request go.
  const limiter = recordingLimiter(new HostLimiter(CONCURRENCY, DELAY_MS));
  // When each request actually left: undici's own note, independent of the limiter.
  const wire = noteWrites();
  beforeAll(async () => {
    // Every answer takes 20 ms, so requests would overlap if the limiter let them.
    site = await serveLogged(countySite, 20);
    await new Inspector(
      resolveOptions({
        startUrl: `${site.origin}/p/0.html`,
        asOf: '2026-11-23',
        maxPages: 100,
        maxDepth: 100,
        concurrency: CONCURRENCY,
        delayMs: DELAY_MS,
        render: 'never',
        useSitemap: false,
        retries: 1,
        cloaking: 'none',
        checks: ['link-broken'],
      }),
      limiter,
    ).run();
    wire.stop();
    log = await site.log();
  }, 300_000);
  afterAll(() => site.close());

  it('never had more than the configured requests in flight', () => {
    expect(log.length).toBeGreaterThan(30);
    expect(mostInFlight(log)).toBeLessThanOrEqual(CONCURRENCY);
  });

  // --delay counts from when a request leaves, not from its slot: a new connection or a busy event loop puts
  // 10-150 ms between the two, which the old limiter let bring two requests that much closer.
  it('kept the configured delay between requests as they were sent', () => {
    assertAllPermitted(log, limiter.permits);
    assertPermitsSpaced(limiter.permits, DELAY_MS);
    assertWritesSpaced(log, wire.writes, DELAY_MS, 2);
  });

  it('asked for each page once (the rate-limited one once more, after Retry-After)', () => {
    const pages = log.filter((e) => e.path.startsWith('/p/'));
    expect(new Set(pages.map((e) => e.path)).size).toBe(30);
    expect(pages.filter((e) => e.path !== '/p/5.html').length).toBe(29);
  });

  it('waited as long as Retry-After asked before asking again', () => {
    const asks = log.filter((e) => e.path === '/p/5.html');
    expect(asks.map((e) => e.status)).toEqual([429, 200]);
    expect(asks[1].start - asks[0].end).toBeGreaterThanOrEqual(1000 - 2);
  });
});
