import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { expect } from 'vitest';
import type { RequestLimiter } from '../../crawler/fetch/host-limiter.ts';
import { now, type LoggedRequest } from './logged-site.ts';

/** What the timing checks read of a request. */
type Timed = Pick<LoggedRequest, 'path' | 'start' | 'end'>;

/** Most requests the server had in flight at once. */
export function mostInFlight(log: readonly Timed[]): number {
  const events = log
    .flatMap((e) => [
      [e.start, 1],
      [e.end, -1],
    ])
    .sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let inFlight = 0;
  let most = 0;
  for (const [, d] of events) most = Math.max(most, (inFlight += d));
  return most;
}

/** A limiter that notes when it let each request go (same clock as the server log). */
export function recordingLimiter(inner: RequestLimiter): RequestLimiter & { permits: number[] } {
  const permits: number[] = [];
  return {
    permits,
    run: (host, task) =>
      inner.run(host, (sent) => {
        permits.push(now());
        return task(sent);
      }),
  };
}

/**
 * Every request the server saw was let go by the limiter first: as many arrivals as permits, and the k-th
 * arrival no sooner than the k-th permit. (How long after its permit a request arrives is the machine's
 * business: with Chromium busy on two cores, up to ~150 ms; a time limit on it would test the machine.)
 */
export function assertAllPermitted(log: readonly Timed[], permits: readonly number[]): void {
  const arrivals = log.map((e) => e.start).sort((a, b) => a - b);
  const granted = [...permits].sort((a, b) => a - b);
  expect(arrivals.length).toBe(granted.length);
  // 1 ms: the two threads' clocks share an origin only to within that.
  const early = arrivals.map((a, k) => ({ k, by: granted[k] - a })).filter((e) => e.by > 1);
  expect(early, 'arrivals before their permit').toEqual([]);
}

/** When undici wrote each request to its socket, from its own diagnostics channel (not from the limiter). */
export function noteWrites(): { writes: number[]; stop: () => void } {
  const writes: number[] = [];
  const note = () => void writes.push(now());
  subscribe('undici:client:sendHeaders', note);
  return { writes, stop: () => unsubscribe('undici:client:sendHeaders', note) };
}

/**
 * The requests the site saw left the crawler at least `delayMs` apart (less `slackMs`: the threads' clocks
 * agree to within 1 ms), each arriving after it left. Gaps between the server's own arrival notes are no
 * proof either way: on a busy CPU its thread notes an arrival 0.3 to 8 ms after the bytes came in.
 */
export function assertWritesSpaced(
  log: readonly Timed[],
  writes: readonly number[],
  delayMs: number,
  slackMs: number,
): void {
  const arrivals = [...log].sort((a, b) => a.start - b.start);
  const sent = [...writes].sort((a, b) => a - b);
  expect(sent.length).toBe(arrivals.length);
  const close = arrivals
    .slice(1)
    .map((e, i) => ({ path: e.path, after: arrivals[i].path, gap: sent[i + 1] - sent[i] }))
    .filter((e) => e.gap < delayMs - slackMs);
  expect(close, `requests written closer than ${delayMs} ms`).toEqual([]);
  const early = arrivals.filter((e, k) => e.start < sent[k] - slackMs).map((e) => e.path);
  expect(early, 'arrivals before their request was written').toEqual([]);
}

/** The limiter's own spacing: permits at least `delayMs` apart (its clock has 1 ms steps). */
export function assertPermitsSpaced(permits: readonly number[], delayMs: number): void {
  const sorted = [...permits].sort((a, b) => a - b);
  const gaps = sorted.slice(1).map((p, i) => p - sorted[i]);
  expect(Math.min(...gaps)).toBeGreaterThanOrEqual(delayMs - 1);
}
