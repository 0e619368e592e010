import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';

// The dead link exists only after the page's script ran (a 信息公开 list filled in by JavaScript). The
// /waf.html page refuses clients that lack a browser's navigation headers, as firewalls do.
const HOME =
  `<!doctype html><html><head><meta charset="utf-8"><title>首页</title></head><body><ul id="list"></ul>
<a href="/waf.html">办事大厅</a>
<script>document.getElementById('list').innerHTML = '<li><a href="/js-gone.html">脚本生成的链接</a></li>';` +
  `</script></body></html>`;
const server = createServer((req, res) => {
  const waf = req.url === '/waf.html';
  const status = req.url === '/' ? 200 : waf ? (req.headers['sec-fetch-mode'] === 'navigate' ? 200 : 403) : 404;
  res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' });
  res.end(status === 200 ? HOME.replace('<ul', waf ? '<p>办事大厅</p><ul' : '<ul') : 'no');
});

describe.skipIf(!BrowserPool.available())('links that only exist after script runs', () => {
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => void server.close());

  it('are checked on rendered pages, with their DOM location', async () => {
    const report = await crawlSite(
      resolveOptions({
        startUrl: url,
        render: 'always',
        renderTabs: 1,
        useSitemap: false,
        checks: ['link-broken'],
        retries: 0,
        asOf: '2026-11-23',
      }),
    );
    const gone = report.findings.find((f) => f.target === `${url}js-gone.html`);
    expect(gone).toMatchObject({
      outcome: 'fail',
      messageId: 'http-error',
      location: { element: 'a', snippet: '脚本生成的链接' },
    });
    expect(gone!.location!.selector).toMatch(/li/);
  });

  it('re-checks a link a firewall refused in the browser, which opens it: no finding', async () => {
    const report = await crawlSite(
      resolveOptions({
        startUrl: url,
        render: 'auto',
        renderTabs: 1,
        useSitemap: false,
        checks: ['link-broken'],
        retries: 0,
        asOf: '2026-11-23',
      }),
    );
    expect(report.pages.find((p) => p.url === `${url}waf.html`)?.status).toBe(403);
    expect(report.findings.filter((f) => f.target === `${url}waf.html`)).toEqual([]);
  });
});
