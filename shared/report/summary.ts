import type { Category, Severity } from '../model/finding.ts';
import { SEVERITIES } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { INDICATOR_BY_ID } from '../indicators/catalog.ts';
import { countBy } from './build-report.ts';
import { recheckOf, type Recheck } from './diff.ts';
import { CATEGORY_LABEL, SEVERITY_LABEL } from './labels.ts';
import { columnFinder } from './page-columns.ts';

export interface Tally {
  key: string;
  label: string;
  count: number;
}

export interface IndicatorVerdict {
  id: string;
  title: string;
  count: number;
  veto: boolean;
  verdict: string;
}

/** The numbers every format leads with: verdict, totals, and counts to chart. */
export interface ReportSummary {
  passed: boolean;
  /** The start page could not be fetched: the verdict is 无法访问, neither 合格 nor 不合格. */
  unreachable?: boolean;
  verdict: string;
  /** The same in English (en mode of the dashboard). */
  verdictEn: string;
  /** 扣分指标 score estimate, when the national verdict is in report.sections.verdict. */
  score?: number;
  failures: number;
  vetoes: number;
  incomplete: number;
  /** C2: of the incomplete ones, the 疑似 (待人工确认); the rest are 待人工复核. */
  suspects: number;
  bySeverity: Tally[];
  byCategory: Tally[];
  byColumn: Tally[];
  byIndicator: IndicatorVerdict[];
  recheck?: Recheck['counts'];
  /** Findings by category in the previous and this run (only with a previous report). */
  trend?: { key: string; label: string; previous: number; current: number }[];
}

const NO_COLUMN = '（未归属栏目）';

/** Pure: the report's summary numbers (fail outcomes only; incomplete ones are counted apart). */
export function summarize(report: Report): ReportSummary {
  const failures = report.findings.filter((f) => f.outcome === 'fail');
  const vetoes = failures.filter((f) => f.severity === 'veto').length;
  const recheck = recheckOf(report);
  const columnOf = columnFinder(report);
  const byCategory = tallies(
    countBy(failures, (f) => f.category),
    (k) => CATEGORY_LABEL[k as Category] ?? k,
  );
  // The national verdict (shared/report/verdict.ts) also weighs deductions; without it, veto findings decide.
  const national = report.sections.verdict;
  return {
    passed: national ? national.result === 'pass' : vetoes === 0,
    // Notices (a start page that is not the home page) travel with the verdict into every format.
    verdict: national
      ? `${national.label.zh}：${[...national.reasons, ...(national.notices ?? [])].map((r) => r.zh).join('；')}`
      : vetoes > 0
        ? `不合格：存在 ${vetoes} 项单项否决问题`
        : '未发现单项否决问题',
    verdictEn: national
      ? `${national.label.en}: ${[...national.reasons, ...(national.notices ?? [])].map((r) => r.en).join('; ')}`
      : vetoes > 0
        ? `Fail: ${vetoes} veto-level problems`
        : 'No veto-level problem found',
    ...(national?.result === 'unreachable' ? { unreachable: true } : national ? { score: national.score } : {}),
    failures: failures.length,
    vetoes,
    incomplete: report.findings.length - failures.length,
    suspects: report.findings.filter((f) => f.outcome === 'incomplete' && f.data.suspect === true).length,
    bySeverity: SEVERITIES.map((s: Severity) => ({
      key: s,
      label: SEVERITY_LABEL[s],
      count: failures.filter((f) => f.severity === s).length,
    })),
    byCategory,
    byColumn: tallies(
      countBy(failures, (f) => f.column ?? columnOf(f.url) ?? NO_COLUMN),
      (k) => k,
    ),
    byIndicator: indicatorVerdicts(failures),
    ...(recheck ? { recheck: recheck.counts, trend: trendOf(recheck, byCategory) } : {}),
  };
}

function indicatorVerdicts(failures: Report['findings']): IndicatorVerdict[] {
  const ids = [...new Set(failures.flatMap((f) => f.indicators))].sort((a, b) =>
    a.localeCompare(b, 'en', { numeric: true }),
  );
  return ids.map((id) => {
    const hits = failures.filter((f) => f.indicators.includes(id));
    const veto = hits.some((f) => f.severity === 'veto');
    const vetoIndicator = INDICATOR_BY_ID.get(id)?.part === 'veto';
    return {
      id,
      title: INDICATOR_BY_ID.get(id)?.title ?? id,
      count: hits.length,
      veto,
      verdict: veto ? '单项否决，不合格' : vetoIndicator ? '疑似单项否决，需人工确认' : '存在问题，需整改',
    };
  });
}

function trendOf(recheck: Recheck, current: Tally[]): ReportSummary['trend'] {
  const keys = new Set([...Object.keys(recheck.previousByCategory), ...current.map((t) => t.key)]);
  return [...keys].map((key) => ({
    key,
    label: CATEGORY_LABEL[key as Category] ?? key,
    previous: recheck.previousByCategory[key as Category] ?? 0,
    current: current.find((t) => t.key === key)?.count ?? 0,
  }));
}

/** Counts as tallies, largest first (ties by label). */
function tallies(counts: Record<string, number>, label: (key: string) => string): Tally[] {
  return Object.entries(counts)
    .map(([key, count]) => ({ key, label: label(key), count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'zh'));
}
