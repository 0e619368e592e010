import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../crawler/fetch/http-client.ts';
import { RobotsCache } from '../../crawler/frontier/robots.ts';
import { parseSitemap } from '../../crawler/frontier/sitemap.ts';

let server: Server;
let base: string;
let robotsHits = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/robots.txt') {
      robotsHits++;
      res.end(
        'User-agent: *\nDisallow: /admin/\nCrawl-delay: 2\n\nUser-agent: govcheck\nDisallow: /private/\n\nSitemap:' +
          ' http://x.gov.cn/sm.xml\n',
      );
    } else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

const client = () =>
  new HttpClient({
    userAgent: 'govcheck',
    timeoutMs: 2000,
    maxBytes: 65536,
    maxRedirects: 3,
    retries: 0,
    retryBaseMs: 10,
    maxRetryAfterMs: 100,
    limiter: new HostLimiter(2, 0),
  });

describe('RobotsCache', () => {
  it('applies the group for our user agent, fetching robots.txt once', async () => {
    const robots = new RobotsCache(client(), 'govcheck');
    expect(await robots.isAllowed(`${base}/private/a.html`)).toBe(false);
    expect(await robots.isAllowed(`${base}/admin/`)).toBe(true);
    expect(await robots.isAllowed(`${base}/news/`)).toBe(true);
    expect(await robots.sitemaps(base)).toEqual(['http://x.gov.cn/sm.xml']);
    expect(robotsHits).toBe(1);
  });

  it('applies the * group to other agents, with its crawl delay', async () => {
    const robots = new RobotsCache(client(), 'OtherBot');
    expect(await robots.isAllowed(`${base}/admin/x`)).toBe(false);
    expect(await robots.crawlDelayMs(base)).toBe(2000);
  });

  it('allows everything when robots.txt is missing or unreachable', async () => {
    const robots = new RobotsCache(client(), 'govcheck');
    expect(await robots.isAllowed('http://127.0.0.1:1/anything')).toBe(true);
  });
});

describe('parseSitemap', () => {
  it('reads url sets and sitemap indexes', () => {
    expect(
      parseSitemap(
        '<urlset><url><loc> http://a.gov.cn/1?a=1&amp;b=2 ' +
          '</loc></url><url><loc><![CDATA[http://a.gov.cn/2]]></loc></url></urlset>',
      ),
    ).toEqual({ urls: ['http://a.gov.cn/1?a=1&b=2', 'http://a.gov.cn/2'], sitemaps: [] });
    expect(parseSitemap('<sitemapindex><sitemap><loc>http://a.gov.cn/s1.xml</loc></sitemap></sitemapindex>')).toEqual({
      urls: [],
      sitemaps: ['http://a.gov.cn/s1.xml'],
    });
  });
});
