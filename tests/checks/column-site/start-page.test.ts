import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../../crawler/config/options.ts';
import { classifyStartPage } from '../../../shared/columns/start-page.ts';
import type { Report } from '../../../shared/model/report.ts';
import { summarize } from '../../../shared/report/summary.ts';
import { countyPage, FRESH } from './county-site.ts';
import { runSite, summary } from './run-site.ts';
import { allPresentSite } from './sites.ts';

const facts = (url: string, over: Partial<Parameters<typeof classifyStartPage>[0]> = {}) => ({
  url,
  finalUrl: url,
  article: false,
  breadcrumbs: [],
  ...over,
});

describe('classifyStartPage', () => {
  it('takes root and sub-site folder addresses without a column trail for home pages', () => {
    for (const url of [
      'http://x.gov.cn/',
      'http://x.gov.cn/index.html',
      'http://x.gov.cn/bm/fgw/',
      'http://x.gov.cn/main.jsp',
    ]) {
      expect(classifyStartPage(facts(url)).kind).toBe('home');
    }
    expect(classifyStartPage(facts('http://x.gov.cn/', { columnName: '首页' })).kind).toBe('home');
  });

  it('recognises articles by their meta tags and by the addresses of the common site platforms', () => {
    expect(classifyStartPage(facts('http://x.gov.cn/', { article: true })).kind).toBe('article');
    for (const path of [
      '/zwgk/tzgg/202401/t20240105_123456.html',
      '/art/2024/1/5/art_1229_123.html',
      '/info/1024/5678.htm',
      '/zcjd/content/post_275915.html',
      '/xxgk/content_12345.htm',
      '/2024-01/05/c_1.htm',
    ]) {
      expect(classifyStartPage(facts(`http://x.gov.cn${path}`)).kind, path).toBe('article');
    }
  });

  it('recognises a column page by its 当前位置 trail or ColumnName below the root', () => {
    const column = classifyStartPage(
      facts('http://x.gov.cn/col/col1629308/index.html', { breadcrumbs: ['首页', '通知公告'] }),
    );
    expect(column).toMatchObject({ kind: 'column', reason: { zh: '页面位于栏目“首页 > 通知公告”中' } });
    expect(classifyStartPage(facts('http://x.gov.cn/zwgk/tzgg/list.html', { columnName: '通知公告' })).kind).toBe(
      'column',
    );
  });
});

describe('an article as the start page: home-page rules are not applied', () => {
  it('judges no column and no home-page entry when the start page is an article', async () => {
    const article = countyPage({
      title: '关于开展安全生产检查的通知',
      meta: { ArticleTitle: '关于开展安全生产检查的通知', PubDate: FRESH },
      nav: [['首页', '/']],
      footer: '<p>版权所有</p>',
    });
    const { findings, sections } = await runSite(
      { '/': { title: '', depth: 0, html: article } },
      { asOf: '2024-06-01', checks: ['column-missing', 'column-empty', 'column-stale', 'site-info'] },
    );
    expect(summary(findings).filter((l) => !l.startsWith('site-info missing-') || /jiucuo|search/.test(l))).toEqual([]);
    expect(summary(findings)).toContain('site-info missing-icp  / minor fail');
    expect(sections['column-missing']).toMatchObject({ columns: [], notHome: { kind: 'article' } });
  });
});

describe('a crawl started on an article', () => {
  let server: Server;
  let report: Report;
  let start: string;

  beforeAll(async () => {
    const pages: Record<string, string> = Object.fromEntries(
      Object.entries(allPresentSite()).map(([p, spec]) => [p, countyPage(spec)]),
    );
    pages['/zwgk/202405/t20240528_1.html'] = countyPage({ title: '关于开展安全生产检查的通知', nav: [['首页', '/']] });
    server = createServer((req, res) => {
      const html = pages[(req.url ?? '/').split('?')[0]];
      res.writeHead(html ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(html ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    start = `http://127.0.0.1:${(server.address() as AddressInfo).port}/zwgk/202405/t20240528_1.html`;
    report = await crawlSite(
      resolveOptions({
        startUrl: start,
        asOf: '2024-06-01',
        render: 'never',
        retries: 0,
        useSitemap: false,
        external: 'none',
        checks: ['column-missing', 'column-empty', 'column-stale'],
      }),
    );
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('warns in the verdict that the start page is an article and reports no column', () => {
    const verdict = report.sections.verdict!;
    expect(verdict.notices?.[0].zh).toContain(`起始地址 ${start} 是文章页而不是网站首页`);
    expect(verdict.notices?.[0].en).toContain('home-page rules');
    expect(report.findings.filter((f) => f.category.startsWith('column-'))).toEqual([]);
    expect(verdict.result).toBe('pass');
    // Every format leads with the summary's verdict line, which carries the notice.
    expect(summarize(report).verdict).toContain('是文章页而不是网站首页');
  });
});
