import type { Report } from '../model/report.ts';

/**
 * 所属栏目 for any page: the column whose page lives in the longest folder containing it. Columns come from
 * the column check's section (sections['column-missing'].columns, under the name the site gives it).
 */
export function columnFinder(report: Report): (url: string) => string | undefined {
  const folders: [string, string][] = [];
  for (const column of report.sections['column-missing']?.columns ?? []) {
    const name = column.foundAs ?? column.name;
    if (!column.url) continue;
    const folder = column.url.replace(/[?#].*$/, '').replace(/[^/]*$/, '');
    // A column page at the site root would claim every page.
    if (new URL(folder).pathname !== '/') folders.push([folder, name]);
  }
  folders.sort((a, b) => b[0].length - a[0].length);
  return (url) => folders.find(([folder]) => url.startsWith(folder))?.[1];
}
