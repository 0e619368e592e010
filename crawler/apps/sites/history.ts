import { CATEGORIES } from '../../../shared/model/finding.ts';
import type { Report } from '../../../shared/model/report.ts';
import { isPostgresUrl } from '../../store/pg-schema.ts';
import { listRuns } from '../../store/run-history.ts';
import { availabilitySummary } from './availability.ts';
import type { SiteEntry, SitesConfig } from './sites-config.ts';

/** The trend of one site: a row per finished run with findings per category, plus availability. */
export async function siteHistory(config: SitesConfig, site: SiteEntry): Promise<string> {
  const runs = (await listRuns(config.db, new URL(site.url).href)).filter((r) => r.report);
  const lines = [
    `${site.name}（${site.url}）检查记录 / history`,
    ['检查时间', '结论', '页面', ...CATEGORIES, '合计'].join('\t'),
  ];
  for (const { report } of runs) {
    const counts = report!.stats.findingsByCategory;
    const total = Object.values(counts).reduce((a, b) => a + (b ?? 0), 0);
    lines.push(
      [
        report!.startedAt.slice(0, 16).replace('T', ' '),
        verdictLabel(report!),
        report!.stats.pagesFetched,
        ...CATEGORIES.map((c) => counts[c] ?? 0),
        total,
      ].join('\t'),
    );
  }
  if (!runs.length) lines.push('（尚无完成的检查 / no finished run yet）');
  // Availability probes are kept in SQLite only (`govcheck schedule`); a PostgreSQL store has none.
  const availability = isPostgresUrl(config.db) ? undefined : availabilitySummary(config, site);
  if (availability?.visits) {
    lines.push(
      `可访问性：${availability.visits} 次访问，失败 ${availability.failed} 次` +
        `（${(availability.ratio * 100).toFixed(1)}%），` +
        `${availability.veto ? '达到' : '未达到'}单项否决线 ${(config.availability.vetoRatio * 100).toFixed(0)}%`,
    );
  }
  return lines.join('\n');
}

/** 未发现不合格 / 不合格 / 无法访问 (short: the reasons are in the report); 未评定 for reports without a verdict. */
function verdictLabel(report: Report): string {
  const verdict = report.sections.verdict;
  if (!verdict) return '未评定';
  return verdict.result === 'pass' ? '未发现不合格' : verdict.label.zh;
}
