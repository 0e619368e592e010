import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../crawler/config/options.ts';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import type { Report } from '../../shared/model/report.ts';

const PAGES = 12;

// A small county site with something for the page checks on most pages: half-width punctuation, a doubled
// character, a gambling phrase, a dead link, a wrong-script character.
const TEXTS = [
  '各单位要认真做好工作,确保安全。',
  '会议强调，要坚持以人民为中心的的发展思想。',
  '澳门赌场 真人百家乐 在线投注，注册就送。',
  '我县扎实推进乡村振兴，完成年度目标任务。',
];
function page(n: number): string {
  const links =
    n === 0 ? Array.from({ length: PAGES - 1 }, (_, i) => `<a href="/p/${i + 1}.html">第${i + 1}页</a>`) : [];
  if (n % 3 === 1) links.push(`<a href="/missing/${n}.html">旧链接</a>`);
  return `<!doctype html><html><head><meta charset="utf-8"><title>云溪县第${n}页</title></head><body>
<nav><a href="/">首页</a></nav><p>${TEXTS[n % TEXTS.length]}</p><p>第${n}页正文。</p>${links.join(' ')}</body></html>`;
}

describe('--threads: page checks in worker threads give the same report', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((req, res) => {
      const match = /^\/(?:p\/(\d+)\.html)?$/.exec(req.url ?? '/');
      if (!match) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<p>页面不存在</p>');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(page(Number(match[1] ?? 0)));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  const crawl = (threads: number): Promise<Report> =>
    crawlSite(
      resolveOptions({
        startUrl: base,
        render: 'never',
        useSitemap: false,
        retries: 0,
        asOf: '2026-11-20',
        cloaking: 'none',
        threads,
      }),
    );
  const ids = (r: Report) => r.findings.map((f) => f.id).sort();
  const runs = (r: Report) => Object.fromEntries(r.checks.map((c) => [c.checkId, [c.status, c.runs, c.errors]]));

  let one: Report;
  it('--threads 1 and --threads 2 find the same problems, ids included, and count the same check runs', async () => {
    one = await crawl(1);
    const two = await crawl(2);
    expect(one.stats.pagesChecked).toBe(PAGES);
    // Something from the text, spam and link checks, so the comparison means something.
    const categories = new Set(one.findings.map((f) => f.category));
    for (const category of ['typo', 'spam', 'broken-link']) expect(categories).toContain(category);
    expect(ids(two)).toEqual(ids(one));
    // Every page check ran on every page, counted from the threads.
    expect(runs(two)).toEqual(runs(one));
    expect(runs(two)['typo-format']).toEqual(['ran', PAGES, 0]);
  });

  it('--threads 0 (the crawl thread alone) gives the same report', async () => {
    const inline = await crawl(0);
    expect(ids(inline)).toEqual(ids(one));
    expect(runs(inline)).toEqual(runs(one));
  });
});
