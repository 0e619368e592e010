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
    ? Array.from({ length: PAGES - 1 }, (_, i) => `<a href="/p/${i + 1}.html">第${i + 1}页</a>`).join('')
    : '<a href="/gone.html">旧链接</a>'
}</body></html>`;

describe('incremental re-crawl with a PostgreSQL store', () => {
  let postgres: Service;
  let server: Server;
  let base: string;
  let requests = new Map<string, IncomingHttpHeaders>();

  beforeAll(async () => {
    postgres = await startPostgres();
    server = createServer((req, res) => {
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
    return crawlSite(
      resolveOptions({
        startUrl: base,
        db: postgres.url,
        render: 'never',
        useSitemap: false,
        retries: 0,
        checks: ['link-broken', 'typo-format'],
        asOf: '2026-11-20',
      }),
    );
  };

  it('sends If-None-Match on the second crawl and takes over every unchanged page with its findings', async () => {
    const first = await crawl();
    const second = await crawl();
    expect(requests.get('/p/3.html')?.['if-none-match']).toBe('"p3"');
    expect(second.pages.filter((p) => p.unchanged)).toHaveLength(PAGES - 1);
    expect(second.findings.map((f) => f.id).sort()).toEqual(first.findings.map((f) => f.id).sort());
  });
});
