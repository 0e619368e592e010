import type { Category, Finding, Severity } from '@/shared/model/finding.ts';
import { SEVERITIES } from '@/shared/model/finding.ts';
import { isSuspect } from '@/extension/severity.ts';

export interface FindingGroup {
  category: Category;
  findings: Finding[];
}

// The order a webmaster fixes things in: veto-prone and visible first.
const CATEGORY_ORDER: Category[] = [
  'spam',
  'broken-link',
  'typo',
  'column-missing',
  'column-empty',
  'column-stale',
  'a11y',
  'site-info',
  'privacy',
  'ipv6',
  'incomplete',
];
const rank = (s: Severity) => SEVERITIES.indexOf(s);

/**
 * Pure: findings grouped by category (undecided ones under 待人工复核), most severe first within a group and in
 * page order among equals (the order they come in). 疑似 findings are not here: see suspectsByConfidence.
 */
export function groupByCategory(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings.filter((x) => !isSuspect(x))) {
    const category = f.outcome === 'incomplete' ? 'incomplete' : f.category;
    groups.set(category, [...(groups.get(category) ?? []), f]);
  }
  const position = (c: Category) =>
    (CATEGORY_ORDER.indexOf(c) + CATEGORY_ORDER.length + 1) % (CATEGORY_ORDER.length + 1);
  return [...groups.entries()]
    .sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b))
    .map(([category, list]) => ({ category, findings: list.sort((a, b) => rank(a.severity) - rank(b.severity)) }));
}

/** C2: the 疑似 findings, most confident first; shown apart and never counted with the problems. */
export function suspectsByConfidence(findings: readonly Finding[]): Finding[] {
  const confidence = (f: Finding) => Number(f.data.confidence ?? 0);
  return findings.filter(isSuspect).sort((a, b) => confidence(b) - confidence(a));
}

/** Problems (outcome fail) per severity, for the summary line; 待人工复核 and 疑似 are counted apart. */
export function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, 0])) as Record<Severity, number>;
  for (const f of findings) if (f.outcome === 'fail') counts[f.severity]++;
  return counts;
}
