import type { Report } from '../model/report.ts';

interface ColumnEntry {
  name?: unknown;
  foundAs?: unknown;
  url?: unknown;
}

/**
 * 所属栏目 for any page: the column whose page lives in the longest folder containing it. Columns come from
 * the column check's section (sections['column-missing'].columns, read defensively: another check owns it).
 */
export function columnFinder(report: Report): (url: string) => string | undefined {
  const section = report.sections['column-missing'] as { columns?: ColumnEntry[] } | undefined;
  const folders: [string, string][] = [];
  for (const column of Array.isArray(section?.columns) ? section.columns : []) {
    const name = typeof column.foundAs === 'string' ? column.foundAs : column.name;
    if (typeof column.url !== 'string' || typeof name !== 'string') continue;
    const folder = column.url.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
    // A column page at the site root would claim every page.
    if (new URL(folder).pathname !== '/') folders.push([folder, name]);
  }
  folders.sort((a, b) => b[0].length - a[0].length);
  return (url) => folders.find(([folder]) => url.startsWith(folder))?.[1];
}
