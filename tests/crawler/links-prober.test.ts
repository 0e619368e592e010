import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../crawler/fetch/http-client.ts';
import { CrawlLinkProbe } from '../../crawler/links/link-prober.ts';
import { makeScope } from '../../crawler/frontier/url.ts';

/** A server that answers slowly and counts how many requests it holds at once. */
async function start(handler: (path: string) => { status: number; type: string; body: string | Buffer }) {
  const state = { inFlight: 0, peak: 0, hits: [] as string[] };
  const server: Server = createServer((req, res) => {
    state.hits.push(req.url ?? '');
    state.peak = Math.max(state.peak, ++state.inFlight);
    setTimeout(() => {
      const { status, type, body } = handler(req.url ?? '/');
      res.writeHead(status, { 'content-type': type });
      res.end(body);
      state.inFlight--;
    }, 30);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, state, server };
}

describe('CrawlLinkProbe', () => {
  let own: Awaited<ReturnType<typeof start>>;
  let other: Awaited<ReturnType<typeof start>>;
  let client: HttpClient;
  beforeAll(async () => {
    own = await start((path) =>
      path === '/blocked'
        ? { status: 403, type: 'text/plain', body: 'forbidden' }
        : path.endsWith('.pdf')
          ? { status: 200, type: 'application/pdf', body: '<!doctype html><title>登录</title>' }
          : { status: 200, type: 'text/html; charset=gbk', body: Buffer.from([0xd2, 0xb3, 0xc3, 0xe6]) },
    );
    other = await start((path) => ({ status: path === '/blocked' ? 403 : 200, type: 'text/plain', body: 'ok' }));
    client = new HttpClient({
      userAgent: 'test',
      timeoutMs: 5000,
      maxBytes: 1e6,
      maxRedirects: 5,
      retries: 0,
      retryBaseMs: 1,
      maxRetryAfterMs: 1,
      limiter: new HostLimiter(16, 0),
    });
  });
  afterAll(async () => {
    await client.close();
    own.server.close();
    other.server.close();
  });

  it('answers crawled URLs from the crawl and fetches each other URL once', async () => {
    const crawled = new Map([
      [
        `${own.url}/page.html`,
        { url: `${own.url}/page.html`, status: 200, finalUrl: `${own.url}/page.html`, redirects: [] },
      ],
    ]);
    const probe = new CrawlLinkProbe(client, crawled, makeScope(own.url), 'status');
    expect((await probe.probe(`${own.url}/page.html#top`)).status).toBe(200);
    await Promise.all([probe.probe(`${own.url}/x.html`), probe.probe(`${own.url}/x.html#a`)]);
    expect(own.state.hits.filter((h) => h === '/page.html')).toEqual([]);
    expect(own.state.hits.filter((h) => h === '/x.html')).toHaveLength(1);
    expect(probe.probed).toBe(1);
  });

  it('sniffs the body: an HTML page served as a PDF is seen as HTML, GBK pages are decoded', async () => {
    const probe = new CrawlLinkProbe(client, new Map(), makeScope(own.url), 'status');
    const pdf = await probe.probe(`${own.url}/files/a.pdf`);
    expect(pdf.sniffed).toBe('html');
    expect(pdf.bodySample).toContain('登录');
    expect((await probe.probe(`${own.url}/gbk.html`)).bodySample).toBe('页面');
  });

  it('asks another site for at most 2 links at once, or not at all with --external none', async () => {
    const probe = new CrawlLinkProbe(client, new Map(), makeScope(own.url), 'status');
    await Promise.all(Array.from({ length: 8 }, (_, i) => probe.probe(`${other.url}/p${i}`)));
    expect(other.state.peak).toBeLessThanOrEqual(2);
    const none = new CrawlLinkProbe(client, new Map(), makeScope(own.url), 'none');
    expect((await none.probe(`${other.url}/q`)).skipped).toMatch(/external/);
  });

  it('re-checks refused links of the site’s own hosts in the browser, never a third party’s', async () => {
    const seen: string[] = [];
    const probe = new CrawlLinkProbe(client, new Map(), makeScope(own.url), 'status', async (url) => {
      seen.push(url);
      return { status: 200, title: '首页' };
    });
    expect((await probe.probe(`${own.url}/blocked`)).browser).toEqual({ status: 200, title: '首页' });
    const thirdParty = await probe.probe(`${other.url}/blocked`);
    expect(thirdParty.status).toBe(403);
    expect(thirdParty.browser).toBeUndefined();
    await probe.probe(`${other.url}/fine`);
    expect(seen).toEqual([`${own.url}/blocked`]);
  });
});
