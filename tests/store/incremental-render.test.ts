import { createServer, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resolveOptions } from '../../crawler/config/options.ts';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';

const PAGES = 5;
/** Pages whose text changed since the first crawl. */
const changed = new Set<number>();
const page = (n: number) => `<!doctype html><html><head><meta charset="utf-8"><title>第${n}页</title></head><body>
<p>${changed.has(n) ? '第二版' : '第一版'}：各单位要认真做好工作。</p>${
  n === 0 ? Array.from({ length: PAGES - 1 }, (_, i) => `<a href="/p/${i + 1}.html">第${i + 1}页</a>`).join('') : ''
}<script>document.title = document.title;</script></body></html>`;

// Every page here is one link from the start page, so also fetched as search engines (cloaking check, --cloaking
// top), and rendered in Chromium (--render always) when it is checked.
describe('incremental re-crawl with rendering (Chromium)', () => {
  let server: Server;
  let base: string;
  let dir: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govcheck-incremental-render-'));
    server = createServer((req, res) => {
      const match = /^\/(?:p\/(\d+)\.html)?$/.exec(req.url ?? '/');
      if (!match) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(match[1] ?? 0)));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await rm(dir, { recursive: true, force: true });
  });

  /** Crawls; `rendered`: the paths Chromium rendered. */
  async function crawl(db: string) {
    const render = vi.spyOn(BrowserPool.prototype, 'render');
    const report = await crawlSite(
      resolveOptions({
        startUrl: base,
        db,
        render: 'always',
        a11y: 'off',
        useSitemap: false,
        retries: 0,
        checks: ['link-broken', 'spam-cloaking'],
        asOf: '2026-11-20',
      }),
    );
    const rendered = render.mock.calls.map(([url]) => new URL(url).pathname).sort();
    render.mockRestore();
    return { report, rendered };
  }

  it('renders no unchanged page below the start page again, and a changed one as before', async () => {
    const db = join(dir, 'render.sqlite');
    const first = await crawl(db);
    expect(first.rendered).toHaveLength(PAGES);
    // The start page is rendered every run (its rendered snapshot classifies the site); the others are read as
    // served, found unchanged with every variant, and reused without Chromium.
    const second = await crawl(db);
    expect(second.rendered).toEqual(['/']);
    expect(second.report.pages.filter((p) => p.unchanged)).toHaveLength(PAGES);
    expect(second.report.findings.map((f) => f.id).sort()).toEqual(first.report.findings.map((f) => f.id).sort());
    changed.add(2);
    const third = await crawl(db);
    expect(third.rendered).toEqual(['/', '/p/2.html']);
    const two = third.report.pages.find((p) => p.url === `${base}p/2.html`);
    expect([two?.unchanged, two?.rendered]).toEqual([undefined, true]);
  });
});
