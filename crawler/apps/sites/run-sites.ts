import { join } from 'node:path';
import type { Report } from '../../../shared/model/report.ts';
import { withRecheck } from '../../../shared/report/diff.ts';
import { summarize } from '../../../shared/report/summary.ts';
import { verdictNotices } from '../../../shared/report/verdict.ts';
import { Inspector } from '../../crawl/crawl.ts';
import type { RequestLimiter } from '../../fetch/host-limiter.ts';
import { writeReports } from '../../report/write-reports.ts';
import { latestReport, storeFinalReport } from '../../store/run-history.ts';
import { siteCrawlOptions, siteReportOptions, type SiteEntry, type SitesConfig } from './sites-config.ts';

export interface SiteRun {
  site: SiteEntry;
  report: Report;
  paths: Record<string, string>;
}

/**
 * A site name as one folder name under reportsDir: no separators, control characters or leading dots, so no
 * name ("..", "../x", "/etc") reaches outside it.
 */
export const siteSlug = (name: string): string =>
  name.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_').replace(/^\.+/, '_') || '_';

/** Writes a site's reports under reportsDir/<site>/<start time>/. */
export function writeSiteReports(
  config: SitesConfig,
  site: SiteEntry,
  report: Report,
): Promise<Record<string, string>> {
  const stamp = report.startedAt.replace(/[:.]/g, '-');
  return writeReports(
    report,
    config.formats,
    join(config.reportsDir, siteSlug(site.name), stamp),
    siteReportOptions(config, site),
  );
}

/**
 * One inspection of one site: crawl into the shared database, compare with the site's previous run (复核),
 * write the reports under reportsDir/<site>/.
 */
export async function runSite(
  config: SitesConfig,
  site: SiteEntry,
  log: (line: string) => void = () => undefined,
  limiter?: RequestLimiter,
): Promise<SiteRun> {
  const options = siteCrawlOptions(config, site);
  const previous = await latestReport(config.db, options.startUrl);
  log(`开始检查 ${site.name}（${site.url}）`);
  const evidenceDir = join(config.reportsDir, siteSlug(site.name), 'evidence');
  const crawled = await new Inspector({ ...options, evidenceDir: options.evidenceDir ?? evidenceDir }, limiter).run();
  const report = previous ? withRecheck(crawled, previous) : crawled;
  await storeFinalReport(config.db, report);
  const paths = await writeSiteReports(config, site, report);
  // The same count as the reports' 问题清单: failures only (疑似 and 待人工复核 are counted apart there).
  log(`完成 ${site.name}：${report.stats.pagesFetched} 个页面，${summarize(report).failures} 条问题`);
  for (const notice of verdictNotices(report)) log(`${site.name}：${notice.zh}`);
  return { site, report, paths };
}

/** Every site once, one after another (for system cron: `govcheck run --config sites.yaml`). */
export async function runAllSites(
  config: SitesConfig,
  names: string[] = [],
  log?: (line: string) => void,
): Promise<SiteRun[]> {
  const sites = names.length ? config.sites.filter((s) => names.includes(s.name)) : config.sites;
  const runs: SiteRun[] = [];
  for (const site of sites) runs.push(await runSite(config, site, log));
  return runs;
}
