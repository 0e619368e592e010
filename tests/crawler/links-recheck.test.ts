import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../crawler/fetch/http-client.ts';
import { CrawlLinkProbe } from '../../crawler/links/link-prober.ts';
import { browserRecheck } from '../../crawler/links/browser-recheck.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import { makeScope } from '../../crawler/frontier/url.ts';
import { judgeProbe } from '../../shared/checks/link-broken/verdict.ts';

// A WAF-like rule: requests without the navigation headers every browser sends are refused.
const waf: Server = createServer((req, res) => {
  const browser = req.headers['sec-fetch-mode'] === 'navigate';
  const gone = req.url === '/gone.html';
  res.writeHead(!browser ? 403 : gone ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
  res.end('<title>首页</title><p>欢迎</p>');
});

describe.skipIf(!BrowserPool.available())('re-check of refused links in Chromium', () => {
  let origin: string;
  let pool: BrowserPool;
  let client: HttpClient;
  beforeAll(async () => {
    await new Promise<void>((r) => waf.listen(0, '127.0.0.1', r));
    origin = `http://127.0.0.1:${(waf.address() as AddressInfo).port}`;
    pool = new BrowserPool({ tabs: 1, timeoutMs: 20_000, userAgent: 'govcheck-test' });
    client = new HttpClient({
      userAgent: 'govcheck-test',
      timeoutMs: 5000,
      maxBytes: 1e6,
      maxRedirects: 5,
      retries: 0,
      retryBaseMs: 1,
      maxRetryAfterMs: 1,
      limiter: new HostLimiter(4, 0),
    });
  });
  afterAll(async () => {
    await pool.close();
    await client.close();
    waf.close();
  });

  it('turns a 403 the browser gets past into ok, and a browser-confirmed 404 into broken', async () => {
    const probe = new CrawlLinkProbe(client, new Map(), makeScope(origin), 'status', browserRecheck(pool));
    const ctx = { policy: [], crawled: new Map(), element: 'a' };
    const open = await probe.probe(`${origin}/page.html`);
    expect(open.status).toBe(403);
    expect(open.browser).toMatchObject({ status: 200, title: '首页' });
    expect(judgeProbe(open, ctx)).toEqual({ kind: 'ok' });
    expect(judgeProbe(await probe.probe(`${origin}/gone.html`), ctx)).toMatchObject({
      kind: 'broken',
      messageId: 'http-error',
    });
  });

  // A hostile site must not make a browser open whatever third-party page it links (issue 26).
  it("leaves another site's 403 to review, without opening it in the browser", async () => {
    const probe = new CrawlLinkProbe(
      client,
      new Map(),
      makeScope('http://other.example/'),
      'status',
      browserRecheck(pool),
    );
    const open = await probe.probe(`${origin}/page.html`);
    expect(open.status).toBe(403);
    expect(open.browser).toBeUndefined();
  });
});
