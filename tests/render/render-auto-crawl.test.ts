import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closingSummary } from '../../crawler/apps/cli/progress.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import type { RenderSummary } from '../../crawler/render/render-decision.ts';
import type { Report } from '../../shared/model/report.ts';

const PAGES = 5;
const TEXT =
  '本县召开全县安全生产工作会议，部署近期重点工作，要求各乡镇、各部门压实责任，确保人民群众生命财产安全。'.repeat(2);
const frame = (title: string, body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title>
</head><body><header><nav><a href="/">首页</a><a href="/zwgk/">政务公开</a></nav></header>
<div class="main"><h1>${title}</h1><p>${TEXT}</p>${body}</div><footer><p>主办单位：某县人民政` +
  `府</p></footer></body></html>`;
const range = (f: (n: number) => string) => Array.from({ length: PAGES }, (_, i) => f(i + 1));

/**
 * Two templates with scripts: articles (/wz/N.html), whose script changes nothing a check reads, and lists
 * (/lb/N/index.html), whose news links only a script writes (to /xw/N.html, linked from nowhere else).
 */
const FILES: Record<string, string> = {
  '/': frame(
    '某县人民政府',
    `${range((n) => `<a href="/wz/${n}.html">通知${n}</a>`).join('')}
${range((n) => `<a href="/lb/${n}/index.html">栏目${n}</a>`).join('')}`,
  ),
  ...Object.fromEntries(
    range((n) => `/wz/${n}.html`).map((path, i) => [
      path,
      frame(`通知${i + 1}`, '<script>window.visits = (window.visits || 0) + 1;</script>'),
    ]),
  ),
  ...Object.fromEntries(
    range((n) => `/lb/${n}/index.html`).map((path, i) => [
      path,
      frame(
        `栏目${i + 1}`,
        `<ul id="list"></ul><script>document.getElementById('list').innerHTML =
          '<li><a href="/xw/${i + 1}.html">动态新闻${i + 1}</a></li>';</script>`,
      ),
    ]),
  ),
  ...Object.fromEntries(range((n) => `/xw/${n}.html`).map((path, i) => [path, frame(`动态新闻${i + 1}`, '')])),
  '/zwgk/': frame('政务公开', ''),
};

describe.runIf(BrowserPool.available())('--render auto on a site with a static and a script-built template', () => {
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
        render: 'auto',
        a11y: 'off',
        // Pages of one template arrive in parallel: the decision must not depend on which finishes first.
        concurrency: 4,
        retries: 0,
        useSitemap: false,
        external: 'none',
        checks: ['link-broken'],
      }),
    );
  }, 120_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const rendered = (pattern: RegExp) =>
    report.pages.filter((p) => pattern.test(new URL(p.url).pathname)).map((p) => p.rendered);

  it('renders only the 2-page sample of the template whose rendering changes nothing', () => {
    const articles = rendered(/^\/wz\//);
    expect(articles).toHaveLength(PAGES);
    expect(articles.filter(Boolean)).toHaveLength(2);
  });

  it('renders every page of the template whose links a script builds, and follows those links', () => {
    expect(rendered(/^\/lb\//)).toEqual(Array(PAGES).fill(true));
    expect(rendered(/^\/xw\//)).toHaveLength(PAGES);
    // Pages without scripts (here the start page too) are never rendered: nothing could change them.
    expect(rendered(/^\/(|xw\/.*|zwgk\/)$/)).toEqual(Array(PAGES + 2).fill(false));
  });

  it('counts the renders by reason and the pages spared in sections.crawl, and prints them', () => {
    const summary = (report.sections.crawl as { rendering: RenderSummary }).rendering;
    const { 'template-sample': samples = 0, 'template-differs': differs = 0, ...others } = summary.byReason;
    expect(samples + differs).toBe(2 + PAGES);
    expect(others).toEqual({});
    expect(summary).toMatchObject({ rendered: 2 + PAGES, sameAsSample: PAGES - 2, templatesSampled: 2 });
    expect(summary.templatesDiffering).toBe(1);
    const text = closingSummary(report);
    expect(text).toContain(`浏览器渲染 ${2 + PAGES} 页：模板抽样 `);
    expect(text).toContain(`；${PAGES - 2} 页因所属模板的抽样渲染无差异而未渲染`);
  });
});
