import type { ColumnAnalysis, ColumnState } from './analyse.ts';

const STALE = new Set(['stale', 'undated']);

/**
 * The three NAT-V4 counts: stale 动态/要闻 + 通知公告/政策文件 columns, other should-update columns "long
 * not updated", and blank columns (a dead column page is blank too).
 */
export function vetoCounts(analysis: ColumnAnalysis) {
  const t = analysis.resolved.scoring.vetoThresholds;
  const dated = (c: ColumnState) => c.freshness !== 'static' && c.freshness !== 'annual-report';
  const staleNewsNotice = analysis.columns.filter((c) => STALE.has(c.state) && (c.freshness === 'news' || c.freshness === 'notice'));
  const longStale = analysis.columns.filter((c) => STALE.has(c.state) && dated(c) && c.freshness !== 'news' && c.freshness !== 'notice');
  const blank = analysis.columns.filter((c) => c.state === 'empty' || c.state === 'dead');
  return {
    staleNewsNotice: { ids: staleNewsNotice.map((c) => c.id), threshold: t.staleNewsNotice, veto: staleNewsNotice.length >= t.staleNewsNotice },
    longStale: { ids: longStale.map((c) => c.id), threshold: t.longStale, veto: longStale.length >= t.longStale },
    blank: { ids: blank.map((c) => c.id), threshold: t.blank, veto: blank.length >= t.blank },
  };
}
