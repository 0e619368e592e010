import { describe, expect, it } from 'vitest';
import { buildReport } from '../../../shared/report/build-report.ts';
import { computeVerdict } from '../../../shared/report/verdict.ts';
import { assertValidReport } from '../../helpers/validate-report.ts';
import { AS_OF, allPresentSite, problemSite } from './sites.ts';
import { ORIGIN, runSite, summary, type SitePage } from './run-site.ts';

describe('column checks over a county site (engine: collect per page, then finish)', () => {
  it('finds every column under its synonyms and reports nothing when all are fresh', async () => {
    const { findings, sections } = await runSite(allPresentSite(), { asOf: AS_OF });
    expect(summary(findings)).toEqual([]);
    const tree = sections['column-missing']!;
    expect(tree.columns.map((c) => [c.id, c.state, c.foundAs])).toEqual(
      expect.arrayContaining([
        ['xxgk', 'ok', '政府信息公开'],
        ['news', 'ok', '新闻动态'],
        ['notices', 'ok', '公示公告'],
        ['overview', 'ok', '平安概况'],
        ['xxgk-annual-report', 'ok', '政府信息公开工作年度报告'],
        ['xxgk-proactive', 'ok', '主动公开目录'],
      ]),
    );
    expect(tree.columns.every((c) => c.state === 'ok')).toBe(true);
    expect(tree.columns.find((c) => c.id === 'overview')!.match).toMatchObject({
      confidence: 0.85,
      kind: 'place-name',
      url: `${ORIGIN}/pagk/`,
    });
  });

  it('reports exactly the missing, blank, dead, stale and undated columns of a neglected site', async () => {
    const { findings } = await runSite(problemSite(), { asOf: AS_OF });
    expect(summary(findings)).toEqual([
      'column-empty dead 概况信息 /xqgk/ major fail',
      'column-empty explained 办事服务 /bsfw/ info incomplete',
      'column-empty placeholder 政策解读 /zcjd/ major fail',
      'column-missing missing 政府信息公开制度 /zwgk/ major fail',
      'column-missing missing 调查征集 / major fail',
      'column-missing missing 负责人信息 / major fail',
      'column-missing non-standard-name 政府信息公开 / minor fail',
      'column-stale annual-report 政府信息公开年报 /zwgk/nb/ major fail',
      'column-stale stale 通知公告 /tzgg/ major fail',
      'column-stale undated 政策文件 /zcwj/ major fail',
    ]);
    const stale = findings.find((f) => f.messageId === 'stale')!;
    expect(stale.message.zh).toBe('栏目“通知公告”超过6个月未更新（最新信息日期 2023-10-08，检查基准日 2024-06-01）');
    expect(stale.data).toMatchObject({ latest: '2023-10-08' });
    expect(findings.find((f) => f.messageId === 'annual-report')!.data).toMatchObject({
      year: 2023,
      deadline: '2024-01-31',
    });
    expect(findings.find((f) => f.messageId === 'non-standard-name')!.message.zh).toContain('“政务公开”不规范');
    expect(findings.find((f) => f.column === '政策文件')!.indicators).toEqual(['NAT-V4', 'NAT-D4']);
  });

  it("keeps the site's other menu columns in the tree, placed by their 当前位置", async () => {
    const { sections } = await runSite(problemSite(), { asOf: AS_OF, checks: ['column-missing'] });
    const tree = sections['column-missing']!;
    expect(tree.otherColumns).toEqual([
      { name: '招商引资', url: `${ORIGIN}/zsyz/`, source: 'menu', parent: '政务公开' },
    ]);
  });

  it('keeps a fresh news column quiet next to a stale 通知公告', async () => {
    const { findings, sections } = await runSite(problemSite(), { asOf: AS_OF, checks: ['column-stale'] });
    expect(findings.some((f) => f.column === '动态要闻')).toBe(false);
    const tree = sections['column-stale']!;
    expect(tree.staleNewsNotice).toMatchObject({ ids: ['notices', 'policy-docs'], veto: false });
  });

  it('raises counted stale columns to veto once the threshold is reached (configurable)', async () => {
    const { findings } = await runSite(problemSite(), {
      asOf: AS_OF,
      checks: ['column-stale'],
      checkOptions: { 'column-stale': { thresholds: { staleNewsNotice: 2 } } },
    });
    expect(summary(findings)).toEqual([
      'column-stale annual-report 政府信息公开年报 /zwgk/nb/ major fail',
      'column-stale stale 通知公告 /tzgg/ veto fail',
      'column-stale undated 政策文件 /zcwj/ veto fail',
    ]);
  });

  it('judges the same site as fresh when --as-of is earlier', async () => {
    const { findings } = await runSite(problemSite(), { asOf: '2023-12-01', checks: ['column-stale'] });
    // 2023-12-01: the 2022 report is the one due, and it is there; 通知公告 of 2023-10-08 is recent enough.
    expect(summary(findings)).toEqual(['column-stale undated 政策文件 /zcwj/ major fail']);
  });

  it('reports a home page with nothing new within two weeks as a veto item', async () => {
    const site = allPresentSite();
    const { findings } = await runSite(site, { asOf: '2024-07-20', checks: ['column-stale'] });
    expect(findings.find((f) => f.messageId === 'home-stale')).toMatchObject({
      severity: 'veto',
      column: '首页',
      indicators: ['NAT-V3'],
      data: { latest: '2024-05-30' },
    });
  });

  it('produces findings the report schema accepts, and a verdict from them', async () => {
    const checks = [
      'column-missing',
      'column-empty',
      'column-stale',
      'site-info',
      'message-unanswered',
      'policy-interpretation',
    ];
    const { findings, sections } = await runSite(problemSite(), { asOf: AS_OF, checks });
    const report = buildReport({
      version: 'test',
      startUrl: `${ORIGIN}/`,
      startedAt: new Date(0),
      finishedAt: new Date(1),
      asOf: AS_OF,
      profiles: ['national'],
      pages: [],
      findings,
      checks: [],
      linksProbed: 0,
      sections,
    });
    const verdict = computeVerdict(report.findings, report.profiles);
    assertValidReport({ ...report, sections: { ...report.sections, verdict } });
    // No veto item among these findings; the stale 政策文件 costs 5 points (NAT-D4).
    expect(verdict).toMatchObject({ result: 'pass', score: 91 });
    expect(verdict.deductions.map((d) => d.id)).toEqual(['NAT-D4', 'NAT-D1', 'NAT-D3', 'NAT-D6', 'NAT-D17']);
    // 政策解读 blank and 概况信息 dead: two blank columns, the vendors' warning level.
    expect(verdict.warnings.map((w) => w.zh)).toEqual(['临近否决：空白栏目已有 2 个（达到 5 个即单项否决）']);
  });

  it('judges a navigation-only home page by its second-level pages', async () => {
    const site = allPresentSite();
    const navOnly: Record<string, SitePage> = { ...site, '/': { ...site['/'], list: undefined } };
    const fresh = await runSite(navOnly, { asOf: AS_OF, checks: ['column-stale'] });
    expect(summary(fresh.findings)).toEqual([]);
    const later = await runSite(navOnly, { asOf: '2024-06-20', checks: ['column-stale'] });
    expect(summary(later.findings)).toContain('column-stale home-stale 首页 / veto fail');
    expect(later.sections['column-stale']?.home).toMatchObject({
      via: 'second-level',
      latest: '2024-05-28',
    });
    const undated = Object.fromEntries(
      Object.entries(navOnly).map(([k, p]) => [k, { ...p, list: p.list?.map(([t]) => [t] as [string]) }]),
    );
    const unknown = await runSite(undated, { asOf: AS_OF, checks: ['column-stale'] });
    expect(summary(unknown.findings)).toContain('column-stale home-undated 首页 / info incomplete');
  });
});
