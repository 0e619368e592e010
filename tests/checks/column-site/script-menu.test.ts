import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../../crawler/config/options.ts';
import { BrowserPool } from '../../../crawler/render/browser-pool.ts';
import { renderSignal } from '../../../crawler/render/render-policy.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import type { Report } from '../../../shared/model/report.ts';
import { countyPage, STATIC_BODY } from './county-site.ts';
import { runSite, summary } from './run-site.ts';

// The menu is an empty container filled by a script file: nothing in the raw HTML names the columns.
const MENU = '<div class="nav" id="menu"></div><script src="/js/menu.js"></script>';
const MENU_JS =
  `var items = [['政府信息公开', '/xxgk/'], ['新闻动态', '/xwdt/'], ['通知公告', '/tzgg/']];
document.getElementById('menu').innerHTML = items.map(function (i) { return '<a href="' + i[1] + '">' + i[0] + ` +
  `'</a>'; }).join(' ');`;
const page = (title: string, date: string) =>
  countyPage({ title, list: [[`${title}：平安县有关工作情况通报`, date]] }).replace(
    '<div class="nav"><ul></ul></div>',
    MENU,
  );

describe('a column linked only from a menu a script file builds', () => {
  it('makes --render auto render the page', () => {
    expect(renderSignal(snapshotOf(page('平安县人民政府', '2024-05-30'), 'http://127.0.0.1/'))).toBe('script-menu');
    const plain = countyPage({ title: '平安县人民政府', nav: [['通知公告', '/tzgg/']], body: STATIC_BODY }).replace(
      '</body>',
      '<script src="/s.js"></script></body>',
    );
    expect(renderSignal(snapshotOf(plain, 'http://127.0.0.1/'))).toBe('script');
  });
});

describe('columns not found behind an unrendered script menu', () => {
  it('are only 疑似, never missing or veto; a rendered page without them is judged as usual', async () => {
    const home = (rendered: boolean) =>
      runSite(
        { '/': { title: '平安县人民政府', depth: 0, rendered, html: page('平安县人民政府', '2024-05-30') } },
        { asOf: '2024-06-01', checks: ['column-missing'] },
      );
    const unseen = (await home(false)).findings;
    expect(unseen.length).toBeGreaterThan(0);
    expect(
      unseen.every(
        (f) => f.messageId === 'missing-unrendered-menu' && f.outcome === 'incomplete' && f.data.suspect === true,
      ),
    ).toBe(true);
    expect(unseen.find((f) => f.column === '互动交流')!.message.zh).toMatch(
      /^未找到栏目“互动交流”，但首页菜单由脚本生成且未渲染（疑似缺失，需人工确认；依据：/,
    );
    expect(summary((await home(true)).findings)).toContain('column-missing missing 互动交流 / veto fail');
  });
});

describe.runIf(BrowserPool.available())('a crawl with --render auto of a site whose menu a script file builds', () => {
  let server: Server;
  let report: Report;

  beforeAll(async () => {
    const files: Record<string, string> = {
      '/': page('平安县人民政府', '2024-05-30'),
      '/xwdt/': page('新闻动态', '2024-05-30'),
      '/tzgg/': page('通知公告', '2023-10-02'),
      '/xxgk/': countyPage({ title: '政府信息公开', body: STATIC_BODY }),
      '/js/menu.js': MENU_JS,
    };
    server = createServer((req, res) => {
      const body = files[(req.url ?? '/').split('?')[0]];
      const type = req.url?.endsWith('.js') ? 'application/javascript' : 'text/html; charset=utf-8';
      res.writeHead(body ? 200 : 404, { 'content-type': type }).end(body ?? '');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    report = await crawlSite(
      resolveOptions({
        startUrl: url,
        asOf: '2024-06-01',
        render: 'auto',
        a11y: 'off',
        retries: 0,
        useSitemap: false,
        external: 'none',
        checks: ['column-missing', 'column-empty', 'column-stale'],
      }),
    );
  }, 120_000);
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('finds the column and dates it: 通知公告 is stale', () => {
    const columns = report.findings.map((f) => `${f.messageId} ${f.column}`);
    expect(columns).toContain('stale 通知公告');
    expect(columns).not.toContain('missing 通知公告');
  });
});
