import type { Category, Finding, Severity } from '../model/finding.ts';
import { REPORT_SCHEMA_VERSION, type CheckTiming, type PageRecord, type Report } from '../model/report.ts';
import { redactPersonalNumbers } from '../privacy/redact.ts';
import { mergeDuplicates } from './merge-duplicates.ts';
import { capSuspects } from './suspects.ts';

export interface ReportInput {
  version: string;
  startUrl: string;
  siteName?: string;
  startedAt: Date;
  finishedAt: Date;
  asOf: string;
  profiles: string[];
  pages: PageRecord[];
  findings: Finding[];
  checks: CheckTiming[];
  linksProbed: number;
  sections?: Report['sections'];
}

const SEVERITY_RANK: Record<Severity, number> = { veto: 0, major: 1, minor: 2, info: 3 };

/**
 * Pure: raw findings and page records → the report (duplicates merged, sorted, counted). Every personal
 * number anywhere in it (ID, bank card, mobile) is masked: no report format may carry one in full.
 */
export function buildReport(input: ReportInput): Report {
  const report = assembleReport(input);
  const redacted = redactPersonalNumbers(report);
  // Fingerprints are hex and may look like a card number by chance; they must stay as computed.
  redacted.findings.forEach((f, i) => {
    f.id = report.findings[i].id;
  });
  return redacted;
}

function assembleReport(input: ReportInput): Report {
  // C2: the 疑似 tier is capped per page and per site; how many were left out goes into sections.suspects.
  const { findings: capped, dropped } = capSuspects(mergeDuplicates(input.findings));
  const findings = capped.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      a.category.localeCompare(b.category) ||
      a.url.localeCompare(b.url) ||
      a.id.localeCompare(b.id),
  );
  const failures = findings.filter((f) => f.outcome === 'fail');
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'govcheck', version: input.version },
    site: {
      startUrl: input.startUrl,
      host: new URL(input.startUrl).host,
      ...(input.siteName ? { name: input.siteName } : {}),
    },
    startedAt: input.startedAt.toISOString(),
    finishedAt: input.finishedAt.toISOString(),
    asOf: input.asOf,
    profiles: input.profiles,
    stats: {
      pagesFetched: input.pages.length,
      pagesChecked: input.pages.filter((p) => !p.skipped).length,
      pagesSkipped: input.pages.filter((p) => p.skipped).length,
      linksProbed: input.linksProbed,
      durationMs: input.finishedAt.getTime() - input.startedAt.getTime(),
      findingsByCategory: countBy(failures, (f) => f.category) as Partial<Record<Category, number>>,
      findingsBySeverity: countBy(failures, (f) => f.severity) as Partial<Record<Severity, number>>,
    },
    pages: input.pages,
    findings,
    checks: input.checks,
    sections: { ...input.sections, ...(dropped ? { suspects: { dropped } } : {}) },
  };
}

export function countBy<T>(items: readonly T[], key: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return counts;
}

/** True when the report holds a failed veto-level finding (the CLI exits 2). */
export const hasVeto = (report: Pick<Report, 'findings'>): boolean =>
  report.findings.some((f) => f.outcome === 'fail' && f.severity === 'veto');
