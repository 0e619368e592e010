import type { Localized } from './localized.ts';
import type { Category, Finding, Severity } from './finding.ts';
import type { ReportSections } from './report-sections.ts';

export const REPORT_SCHEMA_VERSION = 1;

/** What the crawler learned about one fetched URL. */
export interface PageRecord {
  url: string;
  finalUrl: string;
  status: number;
  contentType: string;
  title: string;
  depth: number;
  rendered: boolean;
  /** The accessibility pass ran on this page (复核: only then is a missing accessibility problem 已整改). */
  audited?: boolean;
  /** Incremental re-crawl: unchanged since the previous run (304 or the same bytes); its findings were taken over. */
  unchanged?: boolean;
  /** Why the page was not checked (fetch error, not HTML, too large …). */
  skipped?: string;
  /** What went oddly but did not stop the checks (charset mismatch, rendering failed …). */
  notes?: string[];
}

/** What became of one check in a run: how often it ran and failed, or why it was skipped. */
export interface CheckTiming {
  checkId: string;
  /** ran = judged (some runs may have failed: `errors`); failed = every run threw or timed out. */
  status: 'ran' | 'skipped' | 'failed';
  /** Why it was skipped (e.g. the host cannot render pages). */
  reason?: Localized;
  /** Runs (page checks: pages; site checks: pages collected from plus the final judgement). */
  runs: number;
  /** Runs that threw or timed out (each became an incomplete finding). */
  errors: number;
  ms: number;
}

/** The JSON report: the source of truth every other format is written from. */
export interface Report {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  tool: { name: 'govcheck'; version: string };
  site: { startUrl: string; host: string; name?: string };
  startedAt: string;
  finishedAt: string;
  /** The date freshness rules are judged against (--as-of). */
  asOf: string;
  profiles: string[];
  stats: ReportStats;
  pages: PageRecord[];
  findings: Finding[];
  checks: CheckTiming[];
  /** Structured results: site checks' sections under their ids, and the crawler's own (crawl, verdict …). */
  sections: ReportSections;
}

export interface ReportStats {
  pagesFetched: number;
  pagesChecked: number;
  pagesSkipped: number;
  linksProbed: number;
  durationMs: number;
  findingsByCategory: Partial<Record<Category, number>>;
  findingsBySeverity: Partial<Record<Severity, number>>;
}
