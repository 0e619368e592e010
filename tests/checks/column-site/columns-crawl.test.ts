import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../../crawler/config/options.ts';
import { BrowserPool } from '../../../crawler/render/browser-pool.ts';
import type { Report } from '../../../shared/model/report.ts';
import { assertValidReport } from '../../helpers/validate-report.ts';
import { countyPage, STATIC_BODY } from './county-site.ts';
import { allPresentSite } from './sites.ts';

/** Serves pages on 127.0.0.1: each as GBK or UTF-8 bytes, unknown paths 404. */
async function serve(pages: Record<string, { html: string; gbk?: boolean }>): Promise<{ url: string; server: Server }> {
  const server = createServer((req, res) => {
    const page = pages[(req.url ?? '/').split('?')[0]];
    if (!page) {
      res
        .writeHead(404, { 'content-type': 'text/html; charset=utf-8' })
        .end('<html><body>404 页面不存在</body></html>');
      return;
    }
    // GBK pages declare their charset only in <meta>, as old county templates do.
    res.writeHead(200, { 'content-type': page.gbk ? 'text/html' : 'text/html; charset=utf-8' });
    res.end(page.gbk ? iconv.encode(page.html, 'gbk') : page.html);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, server };
}

const crawl = (startUrl: string, render: 'never' | 'always') =>
  crawlSite(
    resolveOptions({
      startUrl,
      asOf: '2024-06-01',
      render,
      retries: 0,
      useSitemap: false,
      external: 'none',
      profiles: ['national'],
      checks: ['column-missing', 'column-empty', 'column-stale'],
    }),
  );

const columnFindings = (r: Report) => r.findings.map((f) => `${f.messageId} ${f.column}`).sort();

describe('column checks on a crawled loopback site', () => {
  let gbkSite: { url: string; server: Server };
  let report: Report;

  beforeAll(async () => {
    const pages = Object.fromEntries(
      Object.entries(allPresentSite()).map(([path, p]) => [
        path,
        { html: countyPage({ ...p, charset: 'gbk' }), gbk: true },
      ]),
    );
    // One column broken on purpose: 通知公告 goes stale and 政府信息公开制度 disappears.
    pages['/gsgg/'] = {
      html: countyPage({
        ...allPresentSite()['/gsgg/'],
        list: [['关于做好防汛工作的紧急通知', '2023-10-08']],
        charset: 'gbk',
      }),
      gbk: true,
    };
    delete pages['/xxgk/zd/'];
    gbkSite = await serve(pages);
    report = await crawl(gbkSite.url, 'never');
  });
  afterAll(() => new Promise<void>((resolve) => gbkSite.server.close(() => resolve())));

  it('decodes a GBK site and reports exactly its stale and dead columns', () => {
    assertValidReport(report);
    expect(columnFindings(report)).toEqual(['dead 政府信息公开制度', 'stale 通知公告']);
    expect(report.findings.find((f) => f.messageId === 'stale')!.url).toBe(`${gbkSite.url}gsgg/`);
  });

  it('puts the column tree into the report', () => {
    const tree = report.sections['column-missing']!;
    expect(tree.columns.find((c) => c.id === 'news')).toMatchObject({ url: `${gbkSite.url}xwdt/`, state: 'ok' });
    expect(tree.columns.find((c) => c.id === 'xxgk-rules')).toMatchObject({ state: 'dead' });
  });
});

describe.runIf(BrowserPool.available())('a menu built by script', () => {
  let site: { url: string; server: Server };
  const menu =
    `<div class="nav" id="menu"></div><script>
    var items = [['政府信息公开', '/xxgk/'], ['新闻动态', '/xwdt/'], ['通知公告', '/tzgg/']];
    document.getElementById('menu').innerHTML = items.map(function (i) { return '<a href="' + i[1] + '">' + i[0] +` +
    ` '</a>'; }).join(' ');
  </script>`;
  beforeAll(async () => {
    const page = (title: string, date: string) =>
      countyPage({ title, list: [[`${title}：平安县有关工作情况通报`, date]] }).replace(
        '<div class="nav"><ul></ul></div>',
        menu,
      );
    site = await serve({
      '/': { html: page('平安县人民政府', '2024-05-30') },
      '/xxgk/': { html: countyPage({ title: '政府信息公开', body: STATIC_BODY }) },
      '/xwdt/': { html: page('新闻动态', '2024-05-30') },
      '/tzgg/': { html: page('通知公告', '2024-05-02') },
    });
  });
  afterAll(() => new Promise<void>((resolve) => site.server.close(() => resolve())));

  it('is invisible in the raw HTML and found in the rendered DOM', async () => {
    const raw = await crawl(site.url, 'never');
    // Unrendered, the script-filled menu hides them: only 疑似 (C2), never a definite or veto finding.
    // (reports keep a few 疑似 per page, so the tree says which columns were not found).
    const unseen = raw.sections['column-missing']!.columns.filter((c) =>
      ['xxgk', 'news', 'notices'].includes(c.id),
    ).map((c) => c.state);
    expect(unseen).toEqual(['missing', 'missing', 'missing']);
    expect(raw.findings.filter((f) => f.category === 'column-missing' && f.outcome === 'fail')).toEqual([]);
    expect(raw.findings.find((f) => f.messageId === 'missing-unrendered-menu')).toMatchObject({
      outcome: 'incomplete',
      data: { suspect: true, confidence: 0.5 },
    });
    const rendered = await crawl(site.url, 'always');
    const found = rendered.sections['column-missing']!.columns.filter((c) =>
      ['xxgk', 'news', 'notices'].includes(c.id),
    ).map((c) => c.state);
    expect(found).toEqual(['ok', 'ok', 'ok']);
    expect(columnFindings(rendered)).not.toContain('missing 通知公告');
  });
});
