import type { Report } from '../../../shared/model/report.ts';
import { summarize } from '../../../shared/report/summary.ts';
import { UsageError } from '../../runtime/errors.ts';
import { listRuns, type RunSummary } from '../../store/run-history.ts';
import { siteCrawlOptions, type SiteEntry, type SitesConfig } from '../sites/sites-config.ts';

/** 合格 / 不合格 / 无法访问 of a run; 未检查 when the round has no finished run of the site. */
export type RoundVerdict = 'pass' | 'fail' | 'unreachable' | 'unchecked';

export const ROUND_VERDICT_LABEL: Record<RoundVerdict, string> = {
  pass: '合格',
  fail: '不合格',
  unreachable: '无法访问',
  unchecked: '未检查',
};

export interface RoundEntry {
  site: SiteEntry;
  verdict: RoundVerdict;
  runId?: number;
  report?: Report;
}

/** The verdict a stored report carries (sections.verdict); older reports without one: veto findings decide. */
export function verdictOf(report: Report): Exclude<RoundVerdict, 'unchecked'> {
  const verdict = report.sections.verdict;
  if (verdict) return verdict.result === 'unreachable' ? 'unreachable' : verdict.result;
  return summarize(report).vetoes > 0 ? 'fail' : 'pass';
}

/**
 * The runs of a round, one per configured site: `latest` takes each site's newest finished run; a run id takes
 * that run for its site and, for the others, their newest finished run started no later than that run's day.
 */
export async function loadRound(config: SitesConfig, which = 'latest'): Promise<RoundEntry[]> {
  const bySite = await Promise.all(
    config.sites.map(async (site) => ({
      site,
      runs: (await listRuns(config.db, siteCrawlOptions(config, site).startUrl)).filter((r) => r.report),
    })),
  );
  let cutoff: string | undefined;
  let chosenId: number | undefined;
  if (which !== 'latest') {
    const id = Number(which);
    const chosen = Number.isInteger(id) ? bySite.flatMap((s) => s.runs).find((r) => r.id === id) : undefined;
    if (!chosen) {
      throw new UsageError(
        `--run 应为 latest 或某次已完成检查的编号，数据库中没有编号为“${which}”的已完成检查`,
        `--run must be latest or the id of a finished run; there is no finished run "${which}" in ${config.db}`,
      );
    }
    cutoff = `${chosen.startedAt.slice(0, 10)}\uffff`;
    chosenId = chosen.id;
  }
  return bySite.map(({ site, runs }) => {
    const run: RunSummary | undefined =
      runs.find((r) => r.id === chosenId) ?? runs.filter((r) => cutoff === undefined || r.startedAt <= cutoff).at(-1);
    return run?.report
      ? { site, verdict: verdictOf(run.report), runId: run.id, report: run.report }
      : { site, verdict: 'unchecked' };
  });
}
