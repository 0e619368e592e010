import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Inspector } from '../../crawler/crawl/crawl.ts';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import type { Report } from '../../shared/model/report.ts';
import { serveLogged, type Answer, type LoggedRequest, type LoggedSite } from './logged-site.ts';
import { assertAllPermitted, assertPermitsSpaced, mostInFlight, recordingLimiter } from './polite-log.ts';

const CONCURRENCY = 2;
const DELAY_MS = 100;

interface SiteData {
  /** A GBK-encoded page, base64. */
  gbk: string;
}

/**
 * Six rendered pages sharing a style sheet, a script and an image; the script asks for JSON and adds a link
 * (to /p/extra.html) that only a browser that ran it can follow, and POSTs a visit counter (which the HTTP
 * client cannot send for it). Plus a GBK page and a redirect.
 */
function renderedSite(path: string, _nth: number, data: SiteData): Answer {
  const html = (body: string): Answer => ({
    status: 200,
    headers: { 'content-type': 'text/html; charset=utf-8' },
    body:
      `<!doctype html><html lang="zh-CN"><head><title>${path}</title><link rel="stylesheet" href="/s/site.css">` +
      `<script src="/s/app.js"></script></head><body><img src="/s/logo.png" alt="县徽">${body}</body></html>`,
  });
  const n = Number(/^\/p\/(\d+)\.html$/.exec(path)?.[1] ?? -1);
  if (n >= 0) {
    const next = [n + 1, n + 2]
      .filter((m) => m < 6)
      .map((m) => `<a href="/p/${m}.html">第${m}页</a>`)
      .join(' ');
    return html(
      `<h1>第${n}页</h1><p>正文</p>${next}${n === 0 ? '<a href="/gbk.html">旧站</a><a href="/old.html">旧址</a>' : ''}`,
    );
  }
  if (path === '/p/extra.html' || path === '/moved.html') return html('<h1>栏目</h1><p>正文</p>');
  if (path === '/gbk.html')
    return { status: 200, headers: { 'content-type': 'text/html; charset=gbk' }, body: data.gbk, base64: true };
  if (path === '/old.html') return { status: 301, headers: { location: '/moved.html' }, body: '' };
  if (path === '/s/site.css')
    return { status: 200, headers: { 'content-type': 'text/css' }, body: 'h1 { color: #333 }' };
  if (path === '/s/app.js') {
    return {
      status: 200,
      headers: { 'content-type': 'text/javascript' },
      body: `document.addEventListener('DOMContentLoaded', () => {
      fetch('/api/news.json').then((r) => r.json()).then((news) => document.body.insertAdjacentHTML('beforeend',
        '<a href="/p/extra.html">' + news.title + '</a>'));
      fetch('/api/visits', { method: 'POST', body: 'page=' + location.pathname });
    });`,
    };
  }
  if (path === '/api/visits') return { status: 204, headers: {}, body: '' };
  if (path === '/api/news.json')
    return { status: 200, headers: { 'content-type': 'application/json' }, body: '{"title":"脚本栏目"}' };
  if (path === '/s/logo.png') {
    return {
      status: 200,
      headers: { 'content-type': 'image/png' },
      base64: true,
      body: 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==',
    };
  }
  return { status: 404, headers: { 'content-type': 'text/html; charset=utf-8' }, body: '<title>404</title>' };
}

describe.skipIf(!BrowserPool.available())('politeness with rendering, proven from the server log', () => {
  let site: LoggedSite;
  let log: LoggedRequest[];
  let report: Report;
  const limiter = recordingLimiter(new HostLimiter(CONCURRENCY, DELAY_MS));
  beforeAll(async () => {
    const gbk = iconv
      .encode('<!doctype html><title>某县人民政府</title><p>本站使用国标编码。</p>', 'gbk')
      .toString('base64');
    site = await serveLogged(renderedSite, 20, { gbk });
    report = await new Inspector(
      resolveOptions({
        startUrl: `${site.origin}/p/0.html`,
        asOf: '2026-11-23',
        maxPages: 50,
        maxDepth: 10,
        concurrency: CONCURRENCY,
        delayMs: DELAY_MS,
        render: 'always',
        renderTabs: 2,
        useSitemap: false,
        cloaking: 'none',
        checks: ['link-broken'],
      }),
      limiter,
    ).run();
    log = await site.log();
  });
  afterAll(() => site.close());

  // With Chromium busy on two cores, arrival times drift by up to ~150 ms after the limiter let a request
  // go, which says more about CPU contention than about the crawl: the spacing is checked where the crawl
  // sets it, and every request the server saw is matched to a slot the limiter gave.
  it(
    "every request the site saw, Chromium's included, waited for a limiter slot; never more at once than " + 'allowed',
    () => {
      expect(log.some((e) => e.path === '/s/app.js')).toBe(true);
      assertAllPermitted(log, limiter.permits);
      assertPermitsSpaced(limiter.permits, DELAY_MS);
      expect(mostInFlight(log)).toBeLessThanOrEqual(CONCURRENCY);
    },
  );

  it("Chromium sent only what the crawl's HTTP client cannot: the script's POSTs", () => {
    const crawlClient = log.find((e) => e.path === '/p/0.html')!.acceptEncoding;
    const byChromium = log.filter((e) => e.acceptEncoding !== crawlClient).map((e) => e.path);
    expect(byChromium.length).toBeGreaterThan(0);
    expect(byChromium.filter((path) => path !== '/api/visits')).toEqual([]);
  });

  it("asked for each page once: the tab got the crawl's response instead of fetching it again", () => {
    const pages = log
      .filter((e) => /\.html$/.test(e.path) && !e.path.includes('govcheck-missing'))
      .map((e) => e.path)
      .sort();
    expect(pages).toEqual([...new Set(pages)]);
    expect(pages).toContain('/p/extra.html');
  });

  it('asked for the template once for all tabs (and once more for the link check)', () => {
    const crawlOwn = log.find((e) => e.path === '/p/0.html')!.accept;
    for (const path of ['/s/site.css', '/s/app.js', '/s/logo.png']) {
      const asks = log.filter((e) => e.path === path);
      expect(asks.filter((e) => e.accept !== crawlOwn).length, path).toBe(1);
      expect(asks.length, path).toBeLessThanOrEqual(2);
    }
  });

  it('rendered every page from those bytes: scripts ran, GBK stayed GBK, redirects landed', () => {
    const byPath = new Map(report.pages.map((p) => [new URL(p.url).pathname, p]));
    expect([...byPath.values()].filter((p) => p.status === 200).every((p) => p.rendered)).toBe(true);
    // Only a tab that ran app.js (and got its JSON) could find this page.
    expect(byPath.get('/p/extra.html')?.status).toBe(200);
    expect(byPath.get('/gbk.html')?.title).toBe('某县人民政府');
    expect(byPath.get('/old.html')?.finalUrl).toBe(`${site.origin}/moved.html`);
    expect(byPath.get('/old.html')?.rendered).toBe(true);
  });
});
