import { describe, expect, it } from 'vitest';
import { compileSpec, matchName } from '../../shared/columns/match.ts';
import { normaliseName } from '../../shared/columns/normalise.ts';
import { resolveProfiles } from '../../shared/profiles/index.ts';
import { countyPage, STATIC_BODY } from '../checks/column-site/county-site.ts';
import { runSite } from '../checks/column-site/run-site.ts';
import { allPresentSite } from '../checks/column-site/sites.ts';

const specs = resolveProfiles(['county-portal']).columns.map(compileSpec);

/** The catalog column a site's name counts for: the one it fits best (as the column analysis decides). */
function bestColumn(name: string): string[] {
  const scored = specs.map((s) => [s.spec.id, matchName(normaliseName(name), s)?.confidence ?? 0] as const);
  const top = Math.max(...scored.map(([, c]) => c));
  return top > 0 ? scored.filter(([, c]) => c === top).map(([id]) => id) : [];
}

describe('column names real sites use', () => {
  const cases: [string, string][] = [
    ['政府领导', 'leaders'],
    ['领导之窗', 'leaders'],
    ['县政府领导', 'leaders'],
    ['现任领导', 'leaders'],
    ['工作机构', 'organisation'],
    ['部门', 'organisation'],
    ['政府工作部门', 'organisation'],
    ['组织机构', 'organisation'],
    ['意见征集', 'consultation'],
    ['网上调查', 'consultation'],
    ['征求意见', 'consultation'],
    ['民意调查', 'consultation'],
    ['政务要闻', 'news'],
    ['通告', 'notices'],
    ['政府规章', 'policy-docs'],
    ['政策问答', 'interpretation'],
    ['局长信箱', 'interaction'],
    ['网络问政', 'interaction'],
    ['一网通办', 'services'],
    ['网上办事大厅', 'services'],
  ];
  it.each(cases)('%s counts as %s', (name, id) => {
    expect(bestColumn(name)).toEqual([id]);
  });

  it('does not take departments’ own news or files for the organisation column', () => {
    expect(bestColumn('部门动态')).toEqual(['news']);
    expect(bestColumn('部门文件')).toEqual(['policy-docs']);
  });
});

describe('columns in a drop-down menu hidden until hovered', () => {
  it('finds 政府领导, 工作机构 and 意见征集 in a hidden sub-menu; hidden links elsewhere stay ignored', async () => {
    const pages = allPresentSite();
    const nav: [string, string][] = [
      ['首页', '/'],
      ['政府信息公开', '/xxgk/'],
      ['新闻动态', '/xwdt/'],
      ['公示公告', '/gsgg/'],
      ['规范性文件', '/gfxwj/'],
      ['文件解读', '/wjjd/'],
      ['领导信箱', '/ldxx/'],
      ['平安概况', '/pagk/'],
      ['网上办事', '/wsbs/'],
    ];
    const dropDown =
      '<div class="nav"><ul style="display:none"><li><a href="/zfld/">政府领导</a></li>' +
      '<li><a href="/gzjg/">工作机构</a></li><li><a href="/yjzj/">意见征集</a></li></ul></div>';
    const home = countyPage({ ...pages['/'], nav }).replace('<div class="main">', `${dropDown}<div class="main">`);
    const hiddenInBody = countyPage({ ...pages['/'], nav }).replace(
      '<div class="main">',
      '<div class="main"><ul style="display:none"><li><a href="/zfld/">政府领导</a></li></ul>',
    );
    // No 当前位置 on these pages: only the menu links can name them.
    const text = (title: string) => ({ title, nav, depth: 1, body: STATIC_BODY });
    // Every page shows the same menu, without 机构设置 and 领导之窗 (their pages are gone too).
    const site = Object.fromEntries(
      Object.entries({ ...pages, '/zfld/': text('政府领导'), '/gzjg/': text('工作机构') })
        .filter(([path]) => path !== '/jgsz/' && path !== '/ldzc/')
        .map(([path, page]) => [path, { ...page, nav }]),
    );
    const missing = async (html: string) =>
      (
        await runSite({ ...site, '/': { ...pages['/'], html } }, { asOf: '2024-06-01', checks: ['column-missing'] })
      ).findings
        .filter((f) => f.messageId === 'missing')
        .map((f) => f.column);
    expect(await missing(home)).toEqual([]);
    expect(await missing(hiddenInBody)).toEqual(expect.arrayContaining(['负责人信息', '机构职能']));
  });
});
