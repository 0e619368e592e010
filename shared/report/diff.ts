import { evidenceIdentity, findingIdentity } from '../engine/group-findings.ts';
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
 * A current finding is open (仍存在) when a previous finding is the same problem on a shared page
 * (problemKeys), else new. Matching is many-to-many, so a problem that was inside a template-merged or
 * grouped finding and is separate now (or the reverse), or a finding of a report written before grouping
 * (one row per occurrence), is still open, never new + fixed. A previous finding matched by nothing is
 * fixed (已整改) when this run judged it again, else unchecked (未复查).
 */
export function diffReports(current: Report, previous: Report): Recheck {
  const previousById = new Map(previous.findings.map((f) => [f.id, f]));
  const previousByKey = new Map<string, Finding[]>();
  for (const f of previous.findings) {
    for (const key of problemKeys(f, [subjectOf(f)])) {
      const list = previousByKey.get(key);
      if (list) list.push(f);
      else previousByKey.set(key, [f]);
    }
  }
  const matched = new Set<Finding>();
  const statusById: Record<string, 'new' | 'open'> = {};
  for (const finding of current.findings) {
    const pages = new Set(pagesOf(finding));
    const twins = new Set<Finding>();
    const sameId = previousById.get(finding.id);
    if (sameId) twins.add(sameId);
    const targets = Array.isArray(finding.data.targets) ? finding.data.targets : [];
    for (const key of problemKeys(finding, [subjectOf(finding), ...targets])) {
      for (const p of previousByKey.get(key) ?? []) if (pagesOf(p).some((url) => pages.has(url))) twins.add(p);
    }
    twins.forEach((p) => matched.add(p));
    statusById[finding.id] = twins.size ? 'open' : 'new';
  }
  const rechecked = recheckedBy(current);
  const resolved = previous.findings
    .filter((f) => !matched.has(f))
    .map((finding) => ({
      status: rechecked(finding) ? ('fixed' as const) : ('unchecked' as const),
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
  return report.sections[RECHECK_SECTION];
}

/** 整改状态 of a current finding: 待整改 when there is no previous report. */
export function statusOf(report: Report, finding: Finding): RectifyStatus {
  return recheckOf(report)?.statusById[finding.id] ?? 'pending';
}

const pagesOf = (f: Finding): string[] => f.pages ?? [f.url];

/**
 * Whether this run judged a previous finding's problem again, so that its absence means 已整改: its check
 * ran (reports that list no checks: every check did) and one of its pages was checked, for accessibility
 * findings audited (PageRecord.audited: a page rendered but left out of the --a11y sample was not).
 */
function recheckedBy(current: Report): (f: Finding) => boolean {
  const checked = new Set([current.site.startUrl]);
  const audited = new Set<string>();
  for (const page of current.pages.filter((p) => !p.skipped)) {
    for (const url of [page.url, page.finalUrl]) {
      checked.add(url);
      if (page.audited) audited.add(url);
    }
  }
  const ran = current.checks.length
    ? new Set(current.checks.filter((c) => (c.status ?? 'ran') === 'ran').map((c) => c.checkId))
    : undefined;
  return (f) =>
    (!ran || ran.has(f.checkId)) && pagesOf(f).some((url) => (f.category === 'a11y' ? audited : checked).has(url));
}

/**
 * What makes two findings of one check on a shared page the same problem: the same message kind and
 * identity, or evidence (which also matches reports written before a check declared its identity); or,
 * where a check changed how it words or groups a problem, the same outcome about the same subject (link
 * target, column, axe rule, wrong text; a current grouped finding also offers the targets it lists).
 */
function problemKeys(f: Finding, subjects: (string | undefined)[]): string[] {
  const keys = [
    `i\u0000${f.checkId}\u0000${f.messageId}\u0000${findingIdentity(f)}`,
    `e\u0000${f.checkId}\u0000${f.messageId}\u0000${evidenceIdentity(f)}`,
  ];
  for (const subject of subjects) {
    if (subject !== undefined) keys.push(`s\u0000${f.checkId}\u0000${f.outcome}\u0000${subject}`);
  }
  return keys;
}

const subjectOf = (f: Finding): string | undefined => f.target ?? f.column ?? f.axeRuleId ?? f.text;
