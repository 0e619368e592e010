import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/crawl.ts';
import { resolveOptions } from '../../crawler/options.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';

// The dead link exists only after the page's script ran (a 信息公开 list filled in by JavaScript).
const HOME = `<!doctype html><html><head><meta charset="utf-8"><title>首页</title></head><body><ul id="list"></ul>
<script>document.getElementById('list').innerHTML = '<li><a href="/js-gone.html">脚本生成的链接</a></li>';</script></body></html>`;
const server = createServer((req, res) => {
  const found = req.url === '/';
  res.writeHead(found ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
  res.end(found ? HOME : 'not found');
});

describe.skipIf(!BrowserPool.available())('links that only exist after script runs', () => {
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => void server.close());

  it('are checked on rendered pages, with their DOM location', async () => {
    const report = await crawlSite(resolveOptions({ startUrl: url, render: 'always', renderTabs: 1, useSitemap: false,
      checks: ['link-broken'], retries: 0, asOf: '2026-11-23' }));
    const gone = report.findings.find((f) => f.target === `${url}js-gone.html`);
    expect(gone).toMatchObject({ outcome: 'fail', messageId: 'http-error', location: { element: 'a', snippet: '脚本生成的链接' } });
    expect(gone!.location!.selector).toMatch(/li/);
  });
});
