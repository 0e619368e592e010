/** Statuses worth asking again: overload and gateway trouble, not "gone". */
export const RETRY_STATUSES = new Set([429, 502, 503, 504]);

/** Milliseconds a Retry-After header asks for (seconds or an HTTP date); undefined when absent or bad. */
export function parseRetryAfter(value: string | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const trimmed = value.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with full jitter: attempt 0 → up to base, 1 → up to 2×base, … */
export function backoffMs(attempt: number, baseMs: number, random = Math.random): number {
  return Math.round(baseMs * 2 ** attempt * (0.5 + random() / 2));
}

/** Wait before retry number `attempt`: what the server asked for (capped), else backoff. */
export function retryDelayMs(attempt: number, retryAfter: string | undefined, baseMs: number, capMs: number): number {
  const asked = parseRetryAfter(retryAfter);
  return Math.min(capMs, asked ?? backoffMs(attempt, baseMs));
}
