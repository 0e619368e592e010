import type { Finding } from '../model/finding.ts';

/**
 * Caps of the 疑似 tier (contract C2): a person confirms these one by one, so a page shows its most
 * confident few and a site at most a day's reading. What is left out is counted, never silently lost.
 */
export const SUSPECTS_PER_PAGE = 5;
export const SUSPECTS_PER_SITE = 200;

const isSuspect = (f: Finding): boolean => f.outcome === 'incomplete' && f.data.suspect === true;
const confidence = (f: Finding): number => (typeof f.data.confidence === 'number' ? f.data.confidence : 0);

/** Suspect findings, most confident first (ties: page, then id, so the order is stable). */
export function suspectsByConfidence(findings: readonly Finding[]): Finding[] {
  return findings
    .filter(isSuspect)
    .sort((a, b) => confidence(b) - confidence(a) || a.url.localeCompare(b.url) || a.id.localeCompare(b.id));
}

export interface CappedSuspects {
  /** Every finding that is not a suspect, plus the suspects kept, in their original order. */
  findings: Finding[];
  /** Suspects left out by the caps (0 when none). */
  dropped: number;
}

/**
 * Keeps the most confident suspects: at most `perPage` per page (the page of the finding's url) and
 * `perSite` in all. Other findings are untouched.
 */
export function capSuspects(
  findings: readonly Finding[],
  perPage = SUSPECTS_PER_PAGE,
  perSite = SUSPECTS_PER_SITE,
): CappedSuspects {
  const kept = new Set<Finding>();
  const onPage = new Map<string, number>();
  for (const f of suspectsByConfidence(findings)) {
    if (kept.size >= perSite) break;
    const n = onPage.get(f.url) ?? 0;
    if (n >= perPage) continue;
    onPage.set(f.url, n + 1);
    kept.add(f);
  }
  const out = findings.filter((f) => !isSuspect(f) || kept.has(f));
  return { findings: out, dropped: findings.length - out.length };
}
