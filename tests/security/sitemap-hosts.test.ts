import { createServer, type RequestListener, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../crawler/fetch/http-client.ts';
import { readSitemaps } from '../../crawler/frontier/sitemap.ts';
import { inScope, makeScope } from '../../crawler/frontier/url.ts';

const servers: Server[] = [];
const otherHits: string[] = [];
let site = '';
let other = '';

const serve = (handler: RequestListener) =>
  new Promise<string>((resolve) => {
    const server = createServer(handler).listen(0, '127.0.0.1', () =>
      resolve(`http://127.0.0.1:${(server.address() as AddressInfo).port}`),
    );
    servers.push(server);
  });

beforeAll(async () => {
  other = await serve((req, res) => {
    otherHits.push(req.url ?? '');
    res
      .writeHead(200, { 'content-type': 'application/xml' })
      .end('<urlset><url><loc>http://x/secret</loc></url></urlset>');
  });
  site = await serve((req, res) => {
    const xml =
      req.url === '/index.xml'
        ? `<sitemapindex><sitemap><loc>${other}/inner.xml</loc></sitemap><sitemap><loc>${site}/own.xml</loc></` +
          `sitemap></sitemapindex>`
        : `<urlset><url><loc>${site}/news/1.html</loc></url></urlset>`;
    res.writeHead(200, { 'content-type': 'application/xml' }).end(xml);
  });
});
afterAll(() => servers.forEach((s) => s.close()));

// Issue 26: a robots.txt Sitemap line or a sitemap index naming another host steered the crawler there.
it("reads only the site's own sitemaps, whatever the robots.txt or an index names", async () => {
  const client = new HttpClient({
    userAgent: 'govcheck-test',
    timeoutMs: 5000,
    maxBytes: 1e6,
    maxRedirects: 3,
    retries: 0,
    retryBaseMs: 1,
    maxRetryAfterMs: 1,
    limiter: new HostLimiter(2, 0),
  });
  const scope = makeScope(`${site}/`);
  const urls = await readSitemaps(client, [`${other}/listed-in-robots.xml`, `${site}/index.xml`], 100, (u) =>
    inScope(u, scope),
  );
  await client.close();
  expect(urls).toEqual([`${site}/news/1.html`]);
  expect(otherHits).toEqual([]);
});
