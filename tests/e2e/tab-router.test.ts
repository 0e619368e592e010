import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../crawler/fetch/http-client.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import { serveLogged, type Answer, type LoggedRequest, type LoggedSite } from './logged-site.ts';
import { recordingLimiter } from './polite-log.ts';

/** /go.html redirects to /landed.html, which sets two cookies (one with a comma inside) its script needs. */
function sessionSite(path: string): Answer {
  if (path === '/go.html') return { status: 302, headers: { location: '/landed.html' }, body: '' };
  if (path === '/landed.html') {
    return {
      status: 200,
      headers: {
        'content-type': 'text/html; charset=utf-8',
        'set-cookie': ['sid=abc123; Path=/', 'lb=node1; Path=/; Expires=Wed, 21 Oct 2037 07:28:00 GMT'],
      },
      body: '<!doctype html><title>办事大厅</title><p>欢迎</p><script src="/app.js"></script>',
    };
  }
  if (path === '/app.js') {
    return {
      status: 200,
      headers: { 'content-type': 'text/javascript' },
      body: 'document.body.insertAdjacentHTML("beforeend", "<p>会话已建立</p>")',
    };
  }
  return { status: 404, headers: {}, body: '' };
}

/** A render tab under TabRouter: redirects followed by the crawl's client, cookies of the tab sent along. */
describe.skipIf(!BrowserPool.available())("a render tab fetching through the crawl's client", () => {
  let site: LoggedSite;
  let log: LoggedRequest[];
  let rendered: Awaited<ReturnType<BrowserPool['render']>>;
  const limiter = recordingLimiter(new HostLimiter(1, 0));
  const client = new HttpClient({
    userAgent: 'govcheck-test',
    timeoutMs: 10_000,
    maxBytes: 1 << 20,
    maxRedirects: 5,
    retries: 0,
    retryBaseMs: 100,
    maxRetryAfterMs: 1000,
    limiter,
  });
  const pool = new BrowserPool({
    tabs: 1,
    timeoutMs: 30_000,
    userAgent: 'govcheck-test',
    network: { client, limiter },
  });
  beforeAll(async () => {
    site = await serveLogged(sessionSite, 0);
    rendered = await pool.render(`${site.origin}/go.html`);
    log = await site.log();
  });
  afterAll(async () => {
    await pool.close();
    await client.close();
    await site.close();
  });

  it('lands where the client landed, asking for each page once', () => {
    expect(rendered.finalUrl).toBe(`${site.origin}/landed.html`);
    expect(rendered.html).toContain('会话已建立');
    expect(log.map((e) => e.path)).toEqual(['/go.html', '/landed.html', '/app.js']);
    expect(limiter.permits.length).toBe(3);
  });

  it("sends the tab's cookies with the requests it makes for the tab", () => {
    expect(log.find((e) => e.path === '/app.js')?.cookie).toBe('sid=abc123; lb=node1');
  });
});
