import type { Report } from '../../../shared/model/report.ts';
import { summarize, type ReportSummary } from '../../../shared/report/summary.ts';
import type { SiteEntry, SitesConfig } from '../sites/sites-config.ts';
import type { RunStore, StoredRun } from './run-store.ts';

export interface SiteOverview {
  name: string;
  startUrl: string;
  href: string;
  /** The sites-file entry: only configured sites can be re-crawled from the dashboard. */
  entry?: SiteEntry;
  runs: StoredRun[];
  latest?: { runId: number; report: Report; summary: ReportSummary };
  /** Failed findings per finished run, oldest first. */
  trend: number[];
}

export const siteHref = (startUrl: string): string => `/site?u=${encodeURIComponent(startUrl)}`;

/** Configured sites first (in file order), then any other start URL the store holds. */
export async function siteOverviews(store: RunStore, config?: SitesConfig): Promise<SiteOverview[]> {
  const configured = (config?.sites ?? []).map((entry) => ({ entry, startUrl: new URL(entry.url).href }));
  const known = new Set(configured.map((c) => c.startUrl));
  const others = (await store.startUrls())
    .filter((u) => !known.has(u))
    .map((startUrl) => ({ entry: undefined, startUrl }));
  return Promise.all([...configured, ...others].map(({ entry, startUrl }) => siteOverview(store, startUrl, entry)));
}

export async function siteOverview(store: RunStore, startUrl: string, entry?: SiteEntry): Promise<SiteOverview> {
  const runs = await store.runs(startUrl);
  const finished = runs.filter((r): r is StoredRun & { report: Report } => !!r.report);
  const last = finished[finished.length - 1];
  return {
    name: entry?.name ?? last?.report.site.name ?? new URL(startUrl).host,
    startUrl,
    href: siteHref(startUrl),
    ...(entry ? { entry } : {}),
    runs,
    ...(last ? { latest: { runId: last.id, report: last.report, summary: summarize(last.report) } } : {}),
    trend: finished.map((r) => r.report.findings.filter((f) => f.outcome === 'fail').length),
  };
}

export function configuredSite(config: SitesConfig | undefined, startUrl: string): SiteEntry | undefined {
  return config?.sites.find((s) => new URL(s.url).href === startUrl);
}
