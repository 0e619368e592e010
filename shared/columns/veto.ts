import type { Scoring } from '../profiles/types.ts';
import type { ColumnAnalysis, ColumnState } from './analyse.ts';

/** The NAT-V4 count a column state adds to, kept on findings as data.vetoGroup so the verdict can count. */
export type VetoGroup = keyof Scoring['vetoThresholds'];

const STALE = new Set(['stale', 'undated']);

/**
 * stale 动态/要闻 + 通知公告/政策文件 → staleNewsNotice; other should-update columns → longStale ("long not
 * updated"); blank or dead column pages → blank. Annual reports and static columns count toward none.
 */
export function vetoGroup(c: ColumnState): VetoGroup | undefined {
  if (c.state === 'empty' || c.state === 'dead') return 'blank';
  if (!STALE.has(c.state) || c.freshness === 'static' || c.freshness === 'annual-report') return undefined;
  return c.freshness === 'news' || c.freshness === 'notice' ? 'staleNewsNotice' : 'longStale';
}

/** The three NAT-V4 counts against their thresholds. */
export function vetoCounts(
  analysis: ColumnAnalysis,
): Record<VetoGroup, { ids: string[]; threshold: number; veto: boolean }> {
  const t = analysis.resolved.scoring.vetoThresholds;
  const count = (group: VetoGroup) => {
    const ids = analysis.columns.filter((c) => vetoGroup(c) === group).map((c) => c.id);
    return { ids, threshold: t[group], veto: ids.length >= t[group] };
  };
  return { staleNewsNotice: count('staleNewsNotice'), longStale: count('longStale'), blank: count('blank') };
}
