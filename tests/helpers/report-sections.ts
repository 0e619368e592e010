import type { ColumnTreeEntry, ColumnTreeSection } from '../../shared/columns/tree-section.ts';
import type { CrawlSection } from '../../shared/model/report-sections.ts';

/** A column tree entry with only the fields a test cares about set; the rest as for a column not found. */
export const columnEntry = (entry: Pick<ColumnTreeEntry, 'name'> & Partial<ColumnTreeEntry>): ColumnTreeEntry => ({
  id: entry.name,
  parent: null,
  state: 'ok',
  freshness: 'static',
  rule: '',
  url: null,
  foundAs: null,
  match: null,
  latest: null,
  entries: null,
  cutoff: null,
  ...entry,
});

/** The column check's section around some entries (and the site's other columns). */
export const columnTreeOf = (
  columns: ColumnTreeEntry[],
  otherColumns: ColumnTreeSection['otherColumns'] = [],
): ColumnTreeSection => ({
  profiles: ['national'],
  siteType: 'portal',
  asOf: '2026-11-20',
  home: null,
  columns,
  otherColumns,
});

/** sections.crawl of a plain crawl: nothing refused, resumed, reused or trapped. */
export const crawlSection = (over: Partial<CrawlSection> = {}): CrawlSection => ({
  frontierRefused: 0,
  resumed: false,
  unchanged: 0,
  probesReused: 0,
  trapsCapped: 0,
  traps: [],
  ...over,
});
