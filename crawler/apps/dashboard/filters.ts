import type { FindingRow } from '../../../shared/report/rows.ts';

/** The finding filters of the site page, as query parameters (?category=…&status=fixed). */
export const FILTER_KEYS = ['category', 'severity', 'column', 'unit', 'status'] as const;
export type FilterKey = (typeof FILTER_KEYS)[number];
export type Filters = Partial<Record<FilterKey, string>>;

const FIELD: Record<FilterKey, (row: FindingRow) => string> = {
  category: (r) => r.category,
  severity: (r) => r.severityId,
  column: (r) => r.column,
  unit: (r) => r.unit,
  status: (r) => r.statusId,
};

export function filtersOf(params: URLSearchParams): Filters {
  return Object.fromEntries(FILTER_KEYS.flatMap((k) => (params.get(k) ? [[k, params.get(k)!]] : [])));
}

/** Pure: the rows every set filter accepts (exact match on the row's value). */
export function applyFilters(rows: readonly FindingRow[], filters: Filters): FindingRow[] {
  return rows.filter((row) => FILTER_KEYS.every((k) => !filters[k] || FIELD[k](row) === filters[k]));
}

/** Values each filter can take over these rows, for the select boxes (empty values left out). */
export function filterChoices(rows: readonly FindingRow[]): Record<FilterKey, { value: string; label: string }[]> {
  const choices = (key: FilterKey, label: (r: FindingRow) => string = FIELD[key]) => {
    const seen = new Map<string, string>();
    for (const row of rows) if (FIELD[key](row)) seen.set(FIELD[key](row), label(row));
    return [...seen].map(([value, text]) => ({ value, label: text }));
  };
  return {
    category: choices('category'),
    severity: choices('severity', (r) => r.severity),
    column: choices('column'),
    unit: choices('unit'),
    status: choices('status', (r) => r.status),
  };
}
