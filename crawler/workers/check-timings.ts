import type { CheckTiming } from '../../shared/model/report.ts';

export type TimingCounts = Pick<CheckTiming, 'runs' | 'errors' | 'ms'>;

/** What each check ran, failed and spent between two timing() readings of one engine, by check id. */
export function timingGrowth(before: readonly CheckTiming[], after: readonly CheckTiming[]): [string, TimingCounts][] {
  const earlier = new Map(before.map((t) => [t.checkId, t]));
  return after.flatMap((t): [string, TimingCounts][] => {
    const b = earlier.get(t.checkId);
    const growth = { runs: t.runs - (b?.runs ?? 0), errors: t.errors - (b?.errors ?? 0), ms: t.ms - (b?.ms ?? 0) };
    return growth.runs || growth.ms ? [[t.checkId, growth]] : [];
  });
}

/** Adds counts into a running total by check id. */
export function addTimings(total: Map<string, TimingCounts>, counts: Iterable<[string, TimingCounts]>): void {
  for (const [checkId, c] of counts) {
    const t = total.get(checkId) ?? { runs: 0, errors: 0, ms: 0 };
    total.set(checkId, { runs: t.runs + c.runs, errors: t.errors + c.errors, ms: t.ms + c.ms });
  }
}

/**
 * The main engine's timing (site checks, skipped checks) with the page runs the worker threads counted: a check
 * failed when every one of its runs, in any thread, failed.
 */
export function withPageTimings(main: readonly CheckTiming[], pages: ReadonlyMap<string, TimingCounts>): CheckTiming[] {
  return main.map((t): CheckTiming => {
    const extra = pages.get(t.checkId);
    if (t.status === 'skipped' || !extra) return t;
    const runs = t.runs + extra.runs,
      errors = t.errors + extra.errors;
    const status = runs > 0 && errors === runs ? 'failed' : 'ran';
    return { ...t, status, runs, errors, ms: Math.round((t.ms + extra.ms) * 10) / 10 };
  });
}
