import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import type { Report } from '../../shared/model/report.ts';
import { type Service, startPostgres } from '../helpers/services.ts';

// Workers keep their runs in PostgreSQL: the incremental re-crawl works there as with a SQLite --db.
const PAGES = 12;
const page = (n: number) => `<!doctype html><html><head><meta charset="utf-8"><title>第${n}页</title></head><body>
<p>各单位要认真做好工作,确保安全。</p>${
  n === 0
    ? Array.from({ length: PAGES - 1 }, (_, i) => `<a href="/p/${i + 1}.html">第${i + 1}页</a>`).join('') +
      '<a href="/logo.png">标志</a>'
    : '<a href="/gone.html">旧链接</a>'
}</body></html>`;

describe('incremental re-crawl with a PostgreSQL store', () => {
  let postgres: Service;
  let server: Server;
  let base: string;
  let requests = new Map<string, IncomingHttpHeaders>();
  /** Requests for the image (a target probed, never crawled) in the crawl running now. */
  let logoHits = 0;

  beforeAll(async () => {
    postgres = await startPostgres();
    server = createServer((req, res) => {
      if (req.url === '/logo.png') return void (logoHits++, res.writeHead(200, { 'content-type': 'image/png' }).end());
      const match = /^\/(?:p\/(\d+)\.html)?$/.exec(req.url ?? '/');
      if (!match) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<p>页面不存在</p>');
      requests.set(req.url ?? '/', req.headers);
      const etag = `"p${match[1] ?? 0}"`;
      if (req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', etag }).end(page(Number(match[1] ?? 0)));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await postgres?.stop();
  });

  const crawl = (): Promise<Report> => {
    requests = new Map();
    logoHits = 0;
    return crawlSite(
      resolveOptions({
        startUrl: base,
        db: postgres.url,
        render: 'never',
        useSitemap: false,
        retries: 0,
        checks: ['link-broken', 'typo-format'],
        asOf: '2026-11-20',
        probeEvery: 2,
      }),
    );
  };

  it('sends If-None-Match on the second crawl and takes over every unchanged page with its findings', async () => {
    const first = await crawl();
    expect(logoHits).toBe(1);
    const second = await crawl();
    expect(requests.get('/p/3.html')?.['if-none-match']).toBe('"p3"');
    // The start page too: fetched in full and reused because it hashes as before.
    expect(second.pages.filter((p) => p.unchanged)).toHaveLength(PAGES);
    expect(second.findings.map((f) => f.id).sort()).toEqual(first.findings.map((f) => f.id).sort());
    // --probe-every 2: the image that answered well keeps its result one run, and is probed again the next.
    expect([logoHits, (second.sections.crawl as { probesReused: number }).probesReused]).toEqual([0, 1]);
    const third = await crawl();
    expect([logoHits, (third.sections.crawl as { probesReused: number }).probesReused]).toEqual([1, 0]);
    expect(third.findings.map((f) => f.id).sort()).toEqual(first.findings.map((f) => f.id).sort());
  });
});
