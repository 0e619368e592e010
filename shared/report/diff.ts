import { findingIdentity } from '../engine/group-findings.ts';
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
 * Findings are matched by Finding.id first, then by what the problem is: same check, message kind and
 * identity on a shared page (findingIdentity: never a DOM position). The second match is many-to-many, so
 * a problem that was inside a template-merged or grouped finding and is separate now (or the reverse), or
 * a finding of a report written before grouping (one row per occurrence), is still open, never new + fixed.
 * A previous finding matched by nothing is fixed when one of its pages was checked again, else unchecked.
 */
export function diffReports(current: Report, previous: Report): Recheck {
  const previousIds = new Set(previous.findings.map((f) => f.id));
  const previousByProblem = new Map<string, Finding[]>();
  for (const f of previous.findings) {
    const key = problemKey(f);
    previousByProblem.set(key, [...(previousByProblem.get(key) ?? []), f]);
  }
  const matched = new Set<Finding>();
  const statusById: Record<string, 'new' | 'open'> = {};
  for (const finding of current.findings) {
    const twins = (previousByProblem.get(problemKey(finding)) ?? []).filter((p) => p.id === finding.id || sharePage(p, finding));
    twins.forEach((p) => matched.add(p));
    statusById[finding.id] = previousIds.has(finding.id) || twins.length ? 'open' : 'new';
  }
  const currentIds = new Set(current.findings.map((f) => f.id));
  const checkedPages = new Set(current.pages.filter((p) => !p.skipped).flatMap((p) => [p.url, p.finalUrl]));
  checkedPages.add(current.site.startUrl);
  const resolved = previous.findings.filter((f) => !matched.has(f) && !currentIds.has(f.id)).map((finding) => ({
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

const problemKey = (f: Finding): string => `${f.checkId}\u0000${f.messageId}\u0000${findingIdentity(f)}`;

function sharePage(a: Finding, b: Finding): boolean {
  const pages = new Set(pagesOf(a));
  return pagesOf(b).some((url) => pages.has(url));
}
