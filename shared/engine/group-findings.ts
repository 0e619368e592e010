import type { CheckResult } from '../checks/types.ts';
import type { Finding, Location } from '../model/finding.ts';

/** Locations kept per finding; `count` stays the true number. */
export const MAX_LOCATIONS = 200;

type Evidence = Pick<CheckResult, 'target' | 'text' | 'suggestion' | 'column' | 'axeRuleId'>;

/** The default identity of a problem: what it is, never where in the DOM it sits (no selector, no offset). */
export const evidenceIdentity = (e: Evidence): string =>
  [e.target, e.text, e.suggestion, e.column, e.axeRuleId].map((v) => v ?? '').join('|');

/** A check's own identity for a result (CheckResult.fingerprint), else the default. */
export const resultIdentity = (r: CheckResult): string => r.fingerprint ?? evidenceIdentity(r);

/** The identity of a finding, also of findings from reports written before identities existed. */
export const findingIdentity = (f: Finding): string => f.identity ?? evidenceIdentity(f);

/** Every occurrence's location of a result or finding (the first is `location`). */
export const locationsOf = (x: Pick<CheckResult, 'location' | 'locations'>): Location[] =>
  x.locations ?? (x.location ? [x.location] : []);

const SEVERITY_RANK = { veto: 0, major: 1, minor: 2, info: 3 } as const;

/**
 * Contract C1: results of one check with the same message kind and identity on the same page are one
 * problem, so they become one result counting every occurrence and keeping their locations in document
 * order. The key is exactly what the finding id is made of, so ids never collide. Order of first
 * occurrence is kept.
 */
export function groupResults(results: readonly CheckResult[], defaultUrl: string): CheckResult[] {
  const groups = new Map<string, CheckResult[]>();
  for (const r of results) {
    const key = `${r.url ?? defaultUrl}\u0000${r.messageId}\u0000${resultIdentity(r)}`;
    const group = groups.get(key);
    if (group) group.push(r);
    else groups.set(key, [r]);
  }
  return [...groups.values()].map((group) => (group.length === 1 ? group[0] : combine(group)));
}

/** One result for a group: evidence of the first failure (else the first), the highest severity, all occurrences. */
function combine(group: CheckResult[]): CheckResult {
  const locations: Location[] = [];
  let count = 0;
  for (const r of group) {
    count += r.count ?? 1;
    for (const l of locationsOf(r)) if (locations.length < MAX_LOCATIONS) locations.push(l);
  }
  // A weak signal (incomplete) and a failure of the same problem are one failure.
  const representative = group.find((r) => (r.outcome ?? 'fail') === 'fail') ?? group[0];
  const severity = group
    .map((r) => r.severity)
    .filter((s) => s !== undefined)
    .sort((a, b) => SEVERITY_RANK[a] - SEVERITY_RANK[b])[0];
  return {
    ...representative,
    ...(severity ? { severity } : {}),
    count,
    ...(locations.length ? { location: locations[0], locations } : {}),
  };
}
