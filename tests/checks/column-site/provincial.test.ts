import { describe, expect, it } from 'vitest';
import { FRESH, STATIC_BODY } from './county-site.ts';
import { runSite, summary, type SitePage } from './run-site.ts';

const AS_OF = '2024-06-01';

describe('provincial profiles', () => {
  it('浙江: 政府信息公开 must be linked from the home page itself, under its unified name', async () => {
    const site = (homeNav: [string, string][]): Record<string, SitePage> => ({
      '/': { title: '首页', depth: 0, nav: homeNav, list: [['全县经济运行情况分析会召开', FRESH]] },
      '/sitemap.html': { title: '网站地图', depth: 1, body: '<a href="/xxgk/">政府信息公开</a>' },
      '/xxgk/': {
        title: '政府信息公开',
        depth: 1,
        side: [
          ['政府信息公开指南', '/xxgk/zn/'],
          ['政府信息公开制度', '/xxgk/zd/'],
          ['法定主动公开内容', '/xxgk/ml/'],
          ['政府信息公开年报', '/xxgk/nb/'],
        ],
        body: STATIC_BODY,
      },
      '/xxgk/zn/': { title: '指南', depth: 2, body: STATIC_BODY },
      '/xxgk/zd/': { title: '制度', depth: 2, body: STATIC_BODY },
      '/xxgk/ml/': { title: '目录', depth: 2, body: STATIC_BODY },
      '/xxgk/nb/': { title: '年报', depth: 2, list: [['2023年政府信息公开工作年度报告', '2024-01-20']] },
    });
    const onlyInSitemap = await runSite(site([['首页', '/']]), {
      asOf: AS_OF,
      profiles: ['zhejiang-2020'],
      checks: ['column-missing'],
    });
    expect(summary(onlyInSitemap.findings)).toEqual(['column-missing not-on-home 政府信息公开 /xxgk/ major fail']);
    const onHome = await runSite(site([['政府信息公开', '/xxgk/']]), {
      asOf: AS_OF,
      profiles: ['zhejiang-2020'],
      checks: ['column-missing'],
    });
    expect(summary(onHome.findings)).toEqual([]);
    const renamed = await runSite(site([['政务公开', '/xxgk/']]), {
      asOf: AS_OF,
      profiles: ['zhejiang-2020'],
      checks: ['column-missing'],
    });
    expect(summary(renamed.findings)).toEqual(['column-missing not-on-home 政府信息公开 /xxgk/ major fail']);
  });

  it('四川: each sub-column is judged by its own window in days', async () => {
    const { findings } = await runSite(
      {
        '/': {
          title: '首页',
          depth: 0,
          nav: [
            ['统计信息', '/tjxx/'],
            ['应急管理', '/yjgl/'],
            ['政府采购', '/zfcg/'],
          ],
          list: [['县政府常务会议召开', FRESH]],
        },
        '/tjxx/': { title: '统计信息', depth: 1, list: [['2024年1-3月全县经济运行情况', '2024-02-20']] },
        '/yjgl/': { title: '应急管理', depth: 1, list: [['关于做好汛期安全防范工作的通知', '2024-03-20']] },
        '/zfcg/': { title: '政府采购', depth: 1, list: [['县教育局采购项目中标公告', '2024-01-10']] },
      },
      {
        asOf: AS_OF,
        profiles: ['sichuan-county'],
        checks: ['column-stale'],
        checkOptions: { 'column-stale': { exclude: ['xxgk-annual-report'] } },
      },
    );
    // 统计信息 90 days (2024-03-03), 应急管理 60 days (2024-04-02); 政府采购 180 days is still fresh.
    expect(summary(findings)).toEqual([
      'column-stale stale 应急管理 /yjgl/ major fail',
      'column-stale stale 统计信息 /tjxx/ major fail',
    ]);
    expect(findings.find((f) => f.column === '应急管理')!.message.zh).toContain('超过60天未更新');
  });
});
