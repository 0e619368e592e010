import { describe, expect, it } from 'vitest';
import { AS_OF } from './county-site.ts';
import { runSite } from './run-site.ts';
import { allPresentSite, problemSite } from './sites.ts';

const vetoes = async (...args: Parameters<typeof runSite>) =>
  (await runSite(...args)).findings
    .filter((f) => f.severity === 'veto')
    .map((f) => [f.messageId, f.column, f.data.vetoEvidence]);

describe('veto findings of the column checks carry their evidence (data.vetoEvidence)', () => {
  it('names every stale column of the count that reached the veto, with its newest date', async () => {
    expect(
      await vetoes(problemSite(), {
        asOf: AS_OF,
        checks: ['column-stale'],
        checkOptions: { 'column-stale': { thresholds: { staleNewsNotice: 2 } } },
      }),
    ).toEqual(
      ['通知公告', '政策文件'].map((column) => [
        expect.any(String),
        column,
        '2 个栏目不更新（达到 2 个即否决）：通知公告（最新 2023-10-08）、政策文件（最新 无日期）',
      ]),
    );
  });

  it('gives the home page’s newest date and the cutoff', async () => {
    expect(await vetoes(allPresentSite(), { asOf: '2024-07-20', checks: ['column-stale'] })).toEqual([
      ['home-stale', '首页', '首页最新信息日期 2024-05-30，早于 2024-07-06'],
    ]);
  });

  it('says what was searched for a missing veto column, and names the blank columns of a blank veto', async () => {
    const missing = await vetoes(
      { '/': { title: '平安县人民政府', nav: [['首页', '/']], depth: 0 } },
      { asOf: AS_OF, checks: ['column-missing'] },
    );
    expect(missing).toContainEqual([
      'missing',
      '互动交流',
      '首页、导航菜单、网站地图及已抓取页面中均未找到“互动交流”或其同义栏目',
    ]);
    const blank = await vetoes(problemSite(), {
      asOf: AS_OF,
      checks: ['column-empty'],
      checkOptions: { 'column-empty': { thresholds: { blank: 2 } } },
    });
    expect(blank.length).toBeGreaterThan(0);
    expect(blank.every(([, , evidence]) => /^\d+ 个空白栏目（达到 2 个即否决）：.+、.+/.test(String(evidence)))).toBe(
      true,
    );
  });
});
