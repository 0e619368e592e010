import { expect } from 'vitest';
import type { LoggedRequest } from './logged-site.ts';

/** What the timing checks read of a request. */
type Timed = Pick<LoggedRequest, 'path' | 'start' | 'end'>;

/**
 * How much later than the limiter's start a request may reach the server: the limiter starts its clock
 * when it lets a request go, and the bytes leave after connecting (a new connection) or after a busy event
 * loop gets round to them. Measured up to ~15 ms without a browser on the 2-core machine.
 */
export const DISPATCH_LAG_MS = 40;

/** Most requests the server had in flight at once. */
export function mostInFlight(log: readonly Timed[]): number {
  const events = log.flatMap((e) => [[e.start, 1], [e.end, -1]]).sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inFlight = 0;
  let most = 0;
  for (const [, d] of events) most = Math.max(most, (inFlight += d));
  return most;
}

/**
 * The worst shortfall against the schedule: for arrivals i < j, how much sooner than (j − i) × delay after
 * arrival i arrival j came. A limiter whose requests each leave at most L ms late never falls short by more
 * than L, however long the crawl; a request that skipped the limiter, or came faster, makes it grow.
 */
export function worstShortfall(log: readonly Timed[], delayMs: number): { ms: number; at: string } {
  const starts = [...log].sort((a, b) => a.start - b.start);
  let worst = { ms: -Infinity, at: '' };
  let ahead = { value: -Infinity, path: '' };
  starts.forEach((entry, k) => {
    const onSchedule = entry.start - k * delayMs;
    if (ahead.value - onSchedule > worst.ms) worst = { ms: ahead.value - onSchedule, at: `${ahead.path} … ${entry.path} (#${k})` };
    if (onSchedule > ahead.value) ahead = { value: onSchedule, path: entry.path };
  });
  return worst;
}

/** One host: never more than `concurrency` in flight, never ahead of one start per `delayMs`. */
export function assertPolite(log: readonly Timed[], concurrency: number, delayMs: number): void {
  expect(mostInFlight(log)).toBeLessThanOrEqual(concurrency);
  const worst = worstShortfall(log, delayMs);
  expect(worst.ms, `requests came early against the schedule: ${worst.at}`).toBeLessThanOrEqual(DISPATCH_LAG_MS);
}
