import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../../crawler/config/options.ts';
import { BrowserPool } from '../../../crawler/render/browser-pool.ts';
import type { Report } from '../../../shared/model/report.ts';

// A page whose script never returns: Chromium cannot finish rendering it, so its accessibility pass never runs.
const HANGING =
  '<html><head><title>平安县</title></head><body><p>平安县人民政府欢迎您访问本网站，了解政务信息和办事服务。</p>' +
  '<a href="/ok.html">政务动态</a><script>while (true) {}</script></body></html>';
const OK =
  '<html><head><title>政务动态</title></head><body><p>平安县人民政府召开常务会议，研究部署近期重点工作。' +
  '</p></body></html>';

describe.runIf(BrowserPool.available())('a page whose rendering times out', () => {
  let server: Server;
  let report: Report;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const html = req.url === '/' ? HANGING : req.url === '/ok.html' ? OK : undefined;
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    report = await crawlSite(
      resolveOptions({
        startUrl: url,
        asOf: '2024-06-01',
        render: 'always',
        a11y: 'full',
        retries: 0,
        timeoutMs: 1500,
        useSitemap: false,
        external: 'none',
        checks: ['a11y-axe'],
      }),
    );
  }, 120_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it(
    'keeps the reason on the page record and lists a per-page incomplete finding for the missing accessibility ' +
      'pass',
    () => {
      const home = report.pages.find((p) => p.depth === 0)!;
      expect(home.notes?.some((n) => n.startsWith('render failed'))).toBe(true);
      const missed = report.findings.filter((f) => f.checkId === 'a11y-axe' && f.messageId === 'check-error');
      expect(missed.map((f) => f.url)).toEqual([home.url]);
      expect(missed[0]).toMatchObject({ outcome: 'incomplete' });
      expect(missed[0].message.zh).toContain('本页无障碍检测未进行（render failed');
      // The page that rendered got its pass and no such note.
      expect(report.findings.some((f) => f.messageId === 'check-error' && f.url.endsWith('/ok.html'))).toBe(false);
    },
  );
});
