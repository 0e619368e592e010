import type { Category, Finding, Severity } from '@/shared/model/finding.ts';
import { SEVERITIES } from '@/shared/model/finding.ts';

export interface FindingGroup {
  category: Category;
  findings: Finding[];
}

// The order a webmaster fixes things in: veto-prone and visible first.
const CATEGORY_ORDER: Category[] = ['spam', 'broken-link', 'typo', 'column-missing', 'column-empty', 'column-stale',
  'a11y', 'site-info', 'privacy', 'ipv6', 'incomplete'];
const rank = (s: Severity) => SEVERITIES.indexOf(s);

/** Pure: findings grouped by category (undecided ones under 待人工复核), most severe first within a group. */
export function groupByCategory(findings: readonly Finding[]): FindingGroup[] {
  const groups = new Map<Category, Finding[]>();
  for (const f of findings) {
    const category = f.outcome === 'incomplete' ? 'incomplete' : f.category;
    groups.set(category, [...(groups.get(category) ?? []), f]);
  }
  const position = (c: Category) => (CATEGORY_ORDER.indexOf(c) + CATEGORY_ORDER.length + 1) % (CATEGORY_ORDER.length + 1);
  return [...groups.entries()]
    .sort(([a], [b]) => position(a) - position(b) || a.localeCompare(b))
    .map(([category, list]) => ({ category, findings: list.sort((a, b) => rank(a.severity) - rank(b.severity)) }));
}
