import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../crawler/config/options.ts';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import type { Report } from '../../shared/model/report.ts';

const ARTICLES = 8;
const page = (title: string, body: string) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>${title}</title></head><body><header><nav><a href="/">首页</a></nav></header>
<main><h1>${title}</h1><p>本县召开全县安全生产工作会议，部署近期重点工作。</p>${body}</main>
<footer><p>主办单位：某县人民政府</p></footer></body></html>`;
/** Articles of one template; only the 2nd has an image without alt, only the last an empty link. */
const article = (n: number) =>
  page(
    `通知${n}`,
    n === 2 ? '<img src="/photo.png" width="40" height="40">' : n === ARTICLES ? '<a href="/wz/1.html"></a>' : '',
  );
const FILES: Record<string, string> = {
  '/': page(
    '某县人民政府',
    Array.from({ length: ARTICLES }, (_, i) => `<a href="/wz/${i + 1}.html">通知${i + 1}</a>`).join(''),
  ),
  ...Object.fromEntries(Array.from({ length: ARTICLES }, (_, i) => [`/wz/${i + 1}.html`, article(i + 1)])),
};

describe.runIf(BrowserPool.available())('--a11y sample on a site above --a11y-sample-above', () => {
  let server: Server;
  let report: Report;

  beforeAll(async () => {
    server = createServer((req, res) => {
      const body = FILES[(req.url ?? '/').split('?')[0]];
      res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    report = await crawlSite(
      resolveOptions({
        startUrl: url,
        a11y: 'sample',
        a11ySampleAbove: 2,
        // One page at a time: which pages the sample takes is then fixed.
        concurrency: 1,
        retries: 0,
        useSitemap: false,
        checks: ['a11y-axe'],
      }),
    );
  }, 180_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const articleNumber = (url: string) => Number(/\/wz\/(\d+)\.html$/.exec(url)?.[1] ?? 0);

  it('audits the template until 3 audits in a row reveal no new rule: articles 1–5, not 6–8', () => {
    const audited = report.pages.filter((p) => p.audited).map((p) => articleNumber(p.url));
    expect(audited.sort((a, b) => a - b)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('keeps the violation found on one sampled page only (image-alt on article 2)', () => {
    const imageAlt = report.findings.filter((f) => f.axeRuleId === 'image-alt');
    expect(imageAlt.map((f) => articleNumber(f.url))).toEqual([2]);
  });

  it('does not find a violation only on a page past the sample (the empty link of article 8)', () => {
    expect(report.findings.some((f) => f.axeRuleId === 'link-name')).toBe(false);
    expect(report.sections['a11y-sampling']).toMatchObject({ mode: 'sample', audited: 6, skipped: 3 });
  });
});
