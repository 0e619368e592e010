import type { Finding } from '../shared/model/finding.ts';

/** The webmaster's decisions about findings, kept in extension storage. */
export interface Marks {
  /** Terms marked "不是错别字" (not a typo): exported as the crawler config's `whitelist.terms`. */
  notTypo: string[];
  /** Finding ids marked "已确认" (confirmed, being fixed). */
  confirmed: string[];
}

/** The file the crawler config reads: `whitelist.terms` silences text checks, `confirmed` lists finding ids. */
export interface MarksExport {
  whitelist: { terms: string[] };
  confirmed: string[];
}

export const EMPTY_MARKS: Marks = { notTypo: [], confirmed: [] };

const addSorted = (list: string[], value: string) => [...new Set([...list, value])].sort();
const without = (list: string[], value: string) => list.filter((v) => v !== value);

export function markNotTypo(marks: Marks, term: string, on = true): Marks {
  return { ...marks, notTypo: on ? addSorted(marks.notTypo, term) : without(marks.notTypo, term) };
}

export function markConfirmed(marks: Marks, findingId: string, on = true): Marks {
  return { ...marks, confirmed: on ? addSorted(marks.confirmed, findingId) : without(marks.confirmed, findingId) };
}

export function exportMarks(marks: Marks): MarksExport {
  return { whitelist: { terms: [...marks.notTypo].sort() }, confirmed: [...marks.confirmed].sort() };
}

/** True when the webmaster said this text finding is not a typo. */
export function isWhitelisted(finding: Pick<Finding, 'category' | 'text'>, notTypo: readonly string[]): boolean {
  return finding.category === 'typo' && finding.text !== undefined && notTypo.includes(finding.text);
}
