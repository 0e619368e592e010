import type { ColumnAnalysis, ColumnState } from './analyse.ts';

/** One catalog column in report.sections['column-missing'].columns. */
export interface ColumnTreeEntry {
  id: string;
  name: string;
  /** Id of the catalog column it belongs under; null at the top. */
  parent: string | null;
  state: ColumnState['state'];
  freshness: ColumnState['freshness'];
  rule: string;
  /** The column page, and the name the site gives it; null when not found. */
  url: string | null;
  foundAs: string | null;
  match: Pick<NonNullable<ColumnState['match']>, 'url' | 'text' | 'confidence' | 'kind' | 'source'> | null;
  latest: string | null;
  entries: number | null;
  cutoff: string | null;
}

/** report.sections['column-missing']: the column tree other report writers read (keep fields stable). */
export interface ColumnTreeSection {
  profiles: string[];
  siteType: ColumnAnalysis['siteType'];
  asOf: string;
  home: ColumnAnalysis['home'] | null;
  columns: ColumnTreeEntry[];
  otherColumns: ColumnAnalysis['otherColumns'];
  /** The start page was an article or column page: no column was judged. */
  notHome?: ColumnAnalysis['notHome'];
}

export function columnTree(a: ColumnAnalysis): ColumnTreeSection {
  return {
    profiles: a.profiles,
    siteType: a.siteType,
    asOf: a.asOf,
    home: a.home ?? null,
    columns: a.columns.map((c) => ({
      id: c.id,
      name: c.name,
      parent: c.parent ?? null,
      state: c.state,
      freshness: c.freshness,
      rule: c.rule,
      url: c.match?.url ?? null,
      foundAs: c.match?.text ?? null,
      match: c.match
        ? {
            url: c.match.url,
            text: c.match.text,
            confidence: c.match.confidence,
            kind: c.match.kind,
            source: c.match.source,
          }
        : null,
      latest: c.page?.latest ?? null,
      entries: c.page?.entryCount ?? null,
      cutoff: c.cutoff ?? null,
    })),
    otherColumns: a.otherColumns,
    ...(a.notHome ? { notHome: a.notHome } : {}),
  };
}
