import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { collectColumnPage } from '../../shared/columns/collect.ts';
import { listEntries } from '../../shared/columns/list-entries.ts';
import { countyPage } from '../checks/column-site/county-site.ts';
import { runSite, summary } from '../checks/column-site/run-site.ts';
import { allPresentSite } from '../checks/column-site/sites.ts';

const AS_OF = '2024-06-01';
const entries = (body: string) =>
  listEntries(snapshotOf(`<html><body>${body}</body></html>`, 'http://127.0.0.1/list/'), AS_OF).map((e) => [
    e.title,
    e.date ?? null,
  ]);

describe('list entries and their dates', () => {
  it('pairs a title with the date in its li, ignoring dates inside the title', () => {
    expect(entries('<ul><li><a href="1.html">关于2024年5月6日停电的通知</a><span>2024-04-30</span></li></ul>')).toEqual(
      [['关于2024年5月6日停电的通知', '2024-04-30']],
    );
  });

  it('reads the date from a sibling table cell of the same row', () => {
    expect(
      entries(`<table><tr><td><a href="a.html">平安县人民政府关于某事项的通告</a></td><td>2023年12月1日</td></tr>
      <tr><td><a href="b.html">平安县关于另一事项的通知</a></td><td>[05-20]</td></tr></table>`),
    ).toEqual([
      ['平安县人民政府关于某事项的通告', '2023-12-01'],
      ['平安县关于另一事项的通知', '2024-05-20'],
    ]);
  });

  it('pairs titles and dates in order inside one block, and leaves undated titles undated', () => {
    expect(
      entries(
        '<div><a href="1.html">第一条信息的标题</a> 2024-05-01<br><a href="2.html">第二条信息的标题</a> ' +
          '2024-04-01</div>',
      ),
    ).toEqual([
      ['第一条信息的标题', '2024-05-01'],
      ['第二条信息的标题', '2024-04-01'],
    ]);
    expect(entries('<ul><li><a href="1.html">没有日期的信息标题</a></li></ul>')).toEqual([
      ['没有日期的信息标题', null],
    ]);
  });

  it('skips menus, footers, pagination and short links', () => {
    expect(
      entries(`<div class="nav"><a href="/a/">政府信息公开栏目</a></div><ul><li><a href="x.html">下一页</a></li>
      <li><a href="y.html">首页</a></li></ul><div class="footer"><a href="/z.html">网站地图和联系我们</a></div>`),
    ).toEqual([]);
  });

  it('does not take one row date for a whole list', () => {
    expect(
      entries(
        '<ul><li><a href="1.html">第一条信息的标题</a></li><li><a href="2.html">第二条信息的标' +
          '题</a></li></ul><p>2024-05-01</p>',
      ),
    ).toEqual([
      ['第一条信息的标题', null],
      ['第二条信息的标题', null],
    ]);
  });
});

describe('column page summary', () => {
  const page = (body: string) =>
    collectColumnPage(snapshotOf(`<html><body>${body}</body></html>`, 'http://127.0.0.1/c/'), AS_OF);

  it('recognises placeholders and explanations', () => {
    expect(page('<div class="main">暂无信息</div>').placeholder).toEqual({ kind: 'blank', text: '暂无信息' });
    expect(page('<p>本栏目正在建设中，敬请期待</p>').placeholder?.kind).toBe('blank');
    expect(page('<p>根据本机关“三定”方案，本机关不产生此类信息。</p>').placeholder?.kind).toBe('explained');
    expect(
      page(`<p>${'根据《中华人民共和国政府信息公开条例》规定，本机关编制了政府信息公开指南。'.repeat(6)}</p>`)
        .placeholder,
    ).toBeUndefined();
  });

  it('finds a 暂无信息 list page blank despite the undated side-menu and paging links around it', () => {
    const side =
      '<div class="left"><ul><li><a href="/xxgk/zn/">政府信息公开指南</a></li><li><a href="/xxgk/zd/">政府信息公开' +
      '制度</a></li>' +
      '<li><a href="/xxgk/tjxx/">统计信息发布专栏</a></li></ul></div>';
    const paging = '<div class="page">共0条 <a href="?p=1">首页</a> <a href="?p=9">尾页跳转页面</a></div>';
    expect(
      page(`${side}<div class="right"><ul class="list"><li>暂无信息</li></ul>${paging}</div>`).placeholder,
    ).toEqual({ kind: 'blank', text: '暂无信息' });
    expect(page(`${side}<div class="right"><p>暂无数据</p></div>`).placeholder?.kind).toBe('blank');
    expect(page(`${side}<div class="right"><p>共0条</p></div>`).placeholder?.kind).toBe('blank');
    // A dated entry next to a 暂无数据 widget: the column has information.
    const dated = '<ul class="list"><li><a href="1.html">关于做好防汛工作的通知</a><span>2024-05-20</span></li></ul>';
    expect(page(`${side}${dated}<div class="widget">暂无数据</div>`).placeholder).toBeUndefined();
  });

  it('keeps column-like links only (short, undated, not files)', () => {
    const links = page(
      '<a href="/tzgg/">通知公告</a><a href="/f.pdf">通知公告附件</a><a href="/n.html">2024年工作要点</a>',
    ).links;
    expect(links.map((l) => l.text)).toEqual(['通知公告']);
  });
});

describe('a column page whose list a script fetches', () => {
  it('is not blank before rendering, only unknown; rendered and still empty, it is blank', async () => {
    const pages = allPresentSite();
    const ajax = countyPage({ ...pages['/wjjd/'], list: undefined }).replace(
      '<div class="main">',
      '<div class="main"><ul id="list"></ul><script>$.ajax({ url: "/api/list?col=wjjd", success: fill });</script>',
    );
    const run = async (rendered: boolean) =>
      summary(
        (await runSite({ ...pages, '/wjjd/': { ...pages['/wjjd/'], html: ajax, rendered } }, { asOf: AS_OF })).findings,
      ).filter((l) => l.includes('政策解读'));
    expect(await run(false)).toEqual(['column-stale no-list 政策解读 /wjjd/ info incomplete']);
    expect(await run(true)).toEqual(['column-empty no-content 政策解读 /wjjd/ major fail']);
  });
});
