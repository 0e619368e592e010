import type { ColumnAnalysis, ColumnState } from '../../columns/analyse.ts';
import { columnAnalysis } from '../../columns/column-analysis.ts';
import { columnOptions } from '../../columns/options.ts';
import { vetoCounts, vetoGroup } from '../../columns/veto.ts';
import { periodLabel } from '../../text/dates.ts';
import { defineSiteCheck, reportSection } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { COLUMN_OPTIONS } from '../../columns/option-schema.ts';

const HOME_COLUMN = '首页';

/** report.sections['column-stale']: the windows used, the home page's update and the two NAT-V4 stale counts. */
export interface StaleColumnsSection {
  asOf: string;
  windows: ColumnAnalysis['resolved']['windows'];
  home: ColumnAnalysis['home'] | null;
  staleNewsNotice: VetoCount;
  longStale: VetoCount;
}

type VetoCount = ReturnType<typeof vetoCounts>['longStale'];

/** Columns (and the home page) with nothing new inside their window, judged against --as-of. */
export const columnStale = defineSiteCheck({
  id: 'column-stale',
  category: 'column-stale',
  title: { zh: '栏目不更新', en: 'Stale columns' },
  description: {
    zh:
      '按栏目类别核对最近一条信息的日期：动态要闻2周、通知公告和政策文件6个月、人事和规划计划1年、首页2周；' +
      '未标注日期的视为不更新。',
    en: 'Checks the newest entry of each column against its window (news 2 weeks, notices and policies 6 months, …).',
  },
  indicators: ['NAT-V4'],
  severity: 'major',
  options: COLUMN_OPTIONS,
  messages: {
    stale: {
      zh: '栏目“{column}”超过{window}未更新（最新信息日期 {latest}，检查基准日 {asOf}）',
      en: 'Column "{column}" not updated for over {window} (newest entry {latest}, as of {asOf})',
    },
    undated: {
      zh: '栏目“{column}”的信息未标注发布日期，视为未更新',
      en: 'Entries of column "{column}" carry no date; counted as not updated',
    },
    'annual-report': {
      zh: '栏目“{column}”中未找到{year}年度报告（应在{deadline}前发布）',
      en: 'Column "{column}" holds no report for {year} (due by {deadline})',
    },
    'home-stale': {
      zh: '首页{window}内没有新增信息（最新信息日期 {latest}，检查基准日 {asOf}）',
      en: 'The home page shows nothing new within {window} (newest {latest}, as of {asOf})',
    },
    'home-undated': {
      zh: '首页及其二级页面均未识别出带日期的信息，无法判断首页是否更新，需人工复核',
      en: 'No dated entries on the home page or its second-level pages; check home-page updates by hand',
    },
    'no-list': {
      zh: '未能识别栏目“{column}”的信息列表，需人工核实更新情况',
      en: 'No entry list recognised in column "{column}"; check its updates by hand',
    },
  },
  fix: {
    zh: '及时更新“{column}”栏目；确实无需更新的栏目应整合、归档或在页面说明；信息须标注发布日期。',
    en: 'Update "{column}" regularly, merge or archive columns that need no updates, and date every entry.',
  },
  uses: [columnAnalysis],
  section: reportSection<StaleColumnsSection>(
    '更新时限、首页更新及不更新栏目计数 / update windows, home-page updates, stale counts',
  ),
  async finish(_collected, ctx) {
    const analysis = await ctx.analysis(columnAnalysis);
    const options = columnOptions(ctx.options);
    const counts = vetoCounts(analysis);
    ctx.addSection({
      asOf: ctx.asOf,
      windows: analysis.resolved.windows,
      home: analysis.home ?? null,
      staleNewsNotice: counts.staleNewsNotice,
      longStale: counts.longStale,
    });
    const vetoIds = new Set([
      ...(counts.staleNewsNotice.veto ? counts.staleNewsNotice.ids : []),
      ...(counts.longStale.veto ? counts.longStale.ids : []),
    ]);
    const evidence = vetoEvidence(analysis.columns, counts);
    const results = analysis.columns
      .flatMap((c) => staleResult(c, ctx.asOf, options.annualReportDeadline, vetoIds.has(c.id)))
      .map((r) => (r.severity === 'veto' ? { ...r, data: { ...r.data, vetoEvidence: evidence } } : r));
    const home = analysis.home;
    if (home && home.state !== 'ok') {
      const window = periodLabel(options.homeWindow);
      const data = { window: window.zh, latest: home.latest ?? '无', asOf: ctx.asOf };
      const where = home.via === 'home' ? '首页' : '首页（及其二级页面）';
      const homeEvidence = `${where}最新信息日期 ${home.latest ?? '无'}，早于 ${home.cutoff}`;
      results.unshift(
        home.state === 'stale'
          ? {
              messageId: 'home-stale',
              column: HOME_COLUMN,
              url: home.url,
              severity: 'veto',
              indicators: ['NAT-V3'],
              data: { ...data, vetoEvidence: homeEvidence },
              words: { window },
            }
          : {
              messageId: 'home-undated',
              column: HOME_COLUMN,
              url: home.url,
              outcome: 'incomplete',
              severity: 'info',
              indicators: ['NAT-V3'],
              data,
              words: { window },
            },
      );
    }
    return results;
  },
});

/** C4: the columns that reached a NAT-V4 veto count, each with its newest date. */
function vetoEvidence(columns: ColumnState[], counts: ReturnType<typeof vetoCounts>): string {
  const listed = (ids: string[]) =>
    ids
      .map((id) => columns.find((c) => c.id === id)!)
      .map((c) => `${c.name}（最新 ${c.page?.latest ?? '无日期'}）`)
      .join('、');
  return [counts.staleNewsNotice, counts.longStale]
    .filter((g) => g.veto)
    .map((g) => `${g.ids.length} 个栏目不更新（达到 ${g.threshold} 个即否决）：${listed(g.ids)}`)
    .join('；');
}

function staleResult(c: ColumnState, asOf: string, deadline: string, veto: boolean): CheckResult[] {
  const group = vetoGroup(c);
  const base = {
    column: c.name,
    url: c.match?.url,
    indicators: c.indicators,
    ...(veto ? { severity: 'veto' as const } : {}),
  };
  const counted: Record<string, string> = group ? { vetoGroup: group } : {};
  if (c.state === 'no-list') return [{ ...base, messageId: 'no-list', outcome: 'incomplete', severity: 'info' }];
  if (c.state === 'undated') return [{ ...base, messageId: 'undated', data: { ...counted, window: c.window ?? null } }];
  if (c.state !== 'stale') return [];
  if (c.freshness === 'annual-report') {
    const year = Number(c.cutoff);
    const due = `${year + 1}-${deadline}`;
    return [{ ...base, messageId: 'annual-report', indicators: [...c.indicators], data: { year, deadline: due } }];
  }
  const label = periodLabel(c.window ?? '');
  return [
    {
      ...base,
      messageId: 'stale',
      data: { ...counted, window: label.zh, latest: c.page?.latest ?? '无', asOf },
      words: { window: label },
    },
  ];
}
