import { join } from 'node:path';
import type { Report } from '../../../shared/model/report.ts';
import type { RectifyOptions } from '../../../shared/report/rows.ts';
import { inlineEvidence } from '../../report/inline-evidence.ts';
import { siteSlug } from '../sites/run-sites.ts';
import { siteReportOptions, type SiteEntry, type SitesConfig } from '../sites/sites-config.ts';

/**
 * A stored run as the dashboard shows and downloads it: evidence screenshots (files under the site's report
 * folder, where `govcheck run` keeps them) inlined as images, and the site's report options (units, notice).
 */
export async function runForDisplay(
  report: Report,
  config: SitesConfig | undefined,
  entry: SiteEntry | undefined,
): Promise<{ report: Report; options: RectifyOptions }> {
  if (!config || !entry) return { report, options: {} };
  return {
    report: await inlineEvidence(report, join(config.reportsDir, siteSlug(entry.name))),
    options: siteReportOptions(config, entry),
  };
}
