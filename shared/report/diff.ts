import { evidenceKey } from '../engine/to-finding.ts';
import type { Category, Finding } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import type { RectifyStatus } from './labels.ts';

/** Key of the 复核 result inside report.sections. */
export const RECHECK_SECTION = 'recheck';

/** 复核: how this run's findings relate to a previous report of the same site. */
export interface Recheck {
  previous: { startedAt: string; finishedAt: string; findings: number };
  counts: Record<Exclude<RectifyStatus, 'pending'>, number>;
  /** Status of every current finding by Finding.id. */
  statusById: Record<string, 'new' | 'open'>;
  /** Previous findings gone from this run: fixed when their page was checked again, else unchecked. */
  resolved: { status: 'fixed' | 'unchecked'; finding: Finding }[];
  previousByCategory: Partial<Record<Category, number>>;
}

/**
 * Findings are matched by Finding.id first. The id of a template-merged finding differs from the per-page id
 * of the same problem, so leftovers are matched again by check, message and evidence on a shared page.
 */
export function diffReports(current: Report, previous: Report): Recheck {
  const previousById = new Map(previous.findings.map((f) => [f.id, f]));
  const currentIds = new Set(current.findings.map((f) => f.id));
  const unmatchedPrevious = new Set(previous.findings.filter((f) => !currentIds.has(f.id)));
  const statusById: Record<string, 'new' | 'open'> = {};
  for (const finding of current.findings) {
    if (previousById.has(finding.id)) {
      statusById[finding.id] = 'open';
      continue;
    }
    const twin = [...unmatchedPrevious].find((p) => sameProblem(p, finding));
    if (twin) unmatchedPrevious.delete(twin);
    statusById[finding.id] = twin ? 'open' : 'new';
  }
  const checkedPages = new Set(current.pages.filter((p) => !p.skipped).flatMap((p) => [p.url, p.finalUrl]));
  checkedPages.add(current.site.startUrl);
  const resolved = [...unmatchedPrevious].map((finding) => ({
    status: pagesOf(finding).some((url) => checkedPages.has(url)) ? 'fixed' as const : 'unchecked' as const,
    finding,
  }));
  const statuses = Object.values(statusById);
  return {
    previous: { startedAt: previous.startedAt, finishedAt: previous.finishedAt, findings: previous.findings.length },
    counts: {
      new: statuses.filter((s) => s === 'new').length,
      open: statuses.filter((s) => s === 'open').length,
      fixed: resolved.filter((r) => r.status === 'fixed').length,
      unchecked: resolved.filter((r) => r.status === 'unchecked').length,
    },
    statusById,
    resolved,
    previousByCategory: previous.stats.findingsByCategory,
  };
}

/** The report with its 复核 section filled in (the input is not changed). */
export function withRecheck(current: Report, previous: Report): Report {
  return { ...current, sections: { ...current.sections, [RECHECK_SECTION]: diffReports(current, previous) } };
}

export function recheckOf(report: Report): Recheck | undefined {
  return report.sections[RECHECK_SECTION] as Recheck | undefined;
}

/** 整改状态 of a current finding: 待整改 when there is no previous report. */
export function statusOf(report: Report, finding: Finding): RectifyStatus {
  return recheckOf(report)?.statusById[finding.id] ?? 'pending';
}

const pagesOf = (f: Finding): string[] => f.pages ?? [f.url];

function sameProblem(a: Finding, b: Finding): boolean {
  if (a.checkId !== b.checkId || a.messageId !== b.messageId || evidenceKey(a) !== evidenceKey(b)) return false;
  const pages = new Set(pagesOf(a));
  return pagesOf(b).some((url) => pages.has(url));
}
