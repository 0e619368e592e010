import { resolveProfiles, type ColumnSpec, type ResolvedProfiles } from '../profiles/index.ts';
import { HOME_UPDATES, ruleApplies } from '../indicators/rule-dates.ts';
import { subtractPeriod } from '../text/dates.ts';
import type { ColumnPage } from './collect.ts';
import { columnCandidates, isHomePage, pageKey, SOURCE_RANK, type Candidate } from './discover.ts';
import { compileSpec, matchName, type NameMatch } from './match.ts';
import { columnOptions, type ColumnOptions } from './options.ts';
import { classifyStartPage, type StartPage } from './start-page.ts';

export type ColumnStateKind =
  | 'ok'
  | 'missing'
  | 'non-standard'
  | 'not-on-home'
  | 'empty'
  | 'dead'
  | 'explained'
  | 'stale'
  | 'undated'
  | 'no-list'
  | 'unvisited';

export interface ColumnState {
  id: string;
  name: string;
  parent?: string;
  rule: string;
  indicators: string[];
  freshness: ColumnSpec['freshness'];
  certainty: ColumnSpec['certainty'];
  state: ColumnStateKind;
  match?: NameMatch & { text: string; url: string; source: Candidate['source']; foundOn: string };
  /** The column page as crawled. */
  page?: Pick<ColumnPage, 'status' | 'entryCount' | 'datedCount' | 'latest' | 'placeholder'>;
  /** Entries older than this are stale (yyyy-mm-dd); for annual reports, the year that must be present. */
  cutoff?: string;
  window?: string;
}

export interface ColumnAnalysis {
  profiles: string[];
  siteType: NonNullable<ColumnOptions['siteType']>;
  asOf: string;
  columns: ColumnState[];
  /**
   * NAT-V3. A home page without dated entries (a navigation portal, or lists a script fills) is judged by its
   * second-level pages; `unknown` when none of them shows a date either.
   */
  home?: {
    url: string;
    latest?: string;
    cutoff: string;
    state: 'ok' | 'stale' | 'unknown';
    via: 'home' | 'second-level';
  };
  /** Menu and site-map names that match no catalog column (the rest of the column tree). */
  otherColumns: { name: string; url: string; source: Candidate['source']; parent?: string }[];
  resolved: Pick<ResolvedProfiles, 'scoring' | 'windows'>;
  /** Set when the start page is an article or column page: no column is judged (home-page rules). */
  notHome?: StartPage;
  /** The home page's menu is an empty container a script fills and it was not rendered: missing is only 疑似. */
  menuUnseen?: boolean;
}

/** Header and menu links that are tools, not columns. */
const UTILITY = new RegExp(
  String.raw`^(首页|网站首页|无障碍|长者模式|关怀版|适老化|网站地图|站点地图|english|繁体|繁體` +
    String.raw`|简体|登录|注册|搜索|高级搜索|设为首页|加入收藏|手机版|移动版)$`,
);

export interface AnalysisInput {
  siteUrl: string;
  asOf: string;
  profiles: string[];
  options: Record<string, unknown>;
}

/** Column tree + per-catalog-column state. Pure and deterministic; each column check derives its findings. */
export function analyseColumns(pages: readonly ColumnPage[], run: AnalysisInput): ColumnAnalysis {
  const options = columnOptions(run.options);
  const configProfile = options.columns.length
    ? [{ id: 'config', title: '配置文件', source: 'config', columns: options.columns }]
    : [];
  const ids = [...run.profiles, ...(configProfile.length ? ['config'] : [])];
  const custom = [...options.profiles, ...configProfile];
  // Site type: the config's, else the profiles' own (township), else a portal.
  // Rules not yet in force on the as-of date are left out (a 2018 page is not judged by the 2019 catalog).
  const siteType = options.siteType ?? resolveProfiles(ids, custom).siteType ?? 'portal';
  const resolved = resolveProfiles(ids, custom, siteType, run.asOf);
  const windows = { ...resolved.windows, ...options.windows };
  const specs = resolved.columns.filter((c) => !options.exclude.includes(c.id)).map(compileSpec);
  const start = pages.find((p) => isHomePage(p, run.siteUrl));
  const startPage = start && classifyStartPage(start);
  const scoring = {
    ...resolved.scoring,
    vetoThresholds: { ...resolved.scoring.vetoThresholds, ...options.thresholds },
  };
  if (startPage && startPage.kind !== 'home') {
    return {
      profiles: resolved.ids,
      siteType: resolved.siteType ?? 'portal',
      asOf: run.asOf,
      columns: [],
      otherColumns: [],
      resolved: { scoring, windows },
      notHome: startPage,
    };
  }
  const candidates = columnCandidates(pages, run.siteUrl);
  const byPage = new Map<string, ColumnPage>();
  for (const p of pages) for (const u of [p.url, p.finalUrl]) byPage.set(pageKey(u), p);

  // Score every candidate against every column; a candidate only counts for the columns it fits best, so
  // 政府信息公开年报 never stands in for 政府信息公开.
  // Scores depend on the name only: score each distinct name once (a site repeats its menu on every page).
  const byName = new Map<string, (NameMatch | undefined)[]>();
  const scores = candidates.map((c) => {
    let row = byName.get(c.norm);
    if (!row) byName.set(c.norm, (row = specs.map((s) => matchName(c.norm, s))));
    return row;
  });
  const bestOf = scores.map((row) => Math.max(0, ...row.map((m) => m?.confidence ?? 0)));
  const bestFor = (i: number, onlyHome = false) => {
    let best: { c: Candidate; m: NameMatch } | undefined;
    candidates.forEach((c, j) => {
      const m = scores[j][i];
      if (!m || m.confidence < options.minConfidence || m.confidence < bestOf[j] || (onlyHome && c.source !== 'home'))
        return;
      if (!best || better({ c, m }, best, byPage)) best = { c, m };
    });
    return best;
  };

  const columns = specs.map(({ spec }, i): ColumnState => {
    const base: ColumnState = {
      id: spec.id,
      name: spec.name,
      ...(spec.parent ? { parent: spec.parent } : {}),
      rule: spec.rule,
      indicators: spec.indicators,
      freshness: spec.freshness,
      certainty: spec.certainty,
      state: 'missing',
    };
    const best = bestFor(i);
    if (!best) return { ...base, state: spec.optional ? 'unvisited' : 'missing' };
    const match = { ...best.m, text: best.c.name, url: best.c.url, source: best.c.source, foundOn: best.c.foundOn };
    const withMatch = { ...base, match };
    if (match.kind === 'non-standard') return { ...withMatch, state: 'non-standard' };
    if (spec.onHomePage && !bestFor(i, true)) return { ...withMatch, state: 'not-on-home' };
    if (best.c.source === 'article') return { ...withMatch, state: 'unvisited' };
    const page = byPage.get(pageKey(best.c.url));
    if (!page) return { ...withMatch, state: 'unvisited' };
    const seen = {
      ...withMatch,
      page: {
        status: page.status,
        entryCount: page.entryCount,
        datedCount: page.datedCount,
        ...(page.latest ? { latest: page.latest } : {}),
        ...(page.placeholder ? { placeholder: page.placeholder } : {}),
      },
    };
    return { ...seen, ...judgePage(spec, page, run.asOf, windows, options) };
  });

  const homeCutoff = subtractPeriod(run.asOf, options.homeWindow);
  const matchedUrls = new Set(columns.flatMap((c) => (c.match ? [pageKey(c.match.url)] : [])));
  // Home-page links are mostly article titles; menus and site maps hold the column tree.
  const otherColumns = uniqueBy(
    candidates.filter(
      (c) =>
        (c.source === 'menu' || c.source === 'sitemap') &&
        !UTILITY.test(c.norm) &&
        !matchedUrls.has(pageKey(c.url)) &&
        pageKey(c.url) !== pageKey(run.siteUrl),
    ),
    (c) => pageKey(c.url),
  ).map((c) => ({ name: c.name, url: c.url, source: c.source, ...parentOf(byPage.get(pageKey(c.url))) }));
  return {
    profiles: resolved.ids,
    siteType: resolved.siteType ?? 'portal',
    asOf: run.asOf,
    columns,
    ...(start && ruleApplies(HOME_UPDATES.since, run.asOf) ? { home: homeState(start, pages, homeCutoff) } : {}),
    otherColumns,
    resolved: { scoring, windows },
    ...(start?.scriptMenu ? { menuUnseen: true } : {}),
  };
}

function judgePage(
  spec: ColumnSpec,
  page: ColumnPage,
  asOf: string,
  windows: Record<string, string>,
  options: ColumnOptions,
): Pick<ColumnState, 'state' | 'cutoff' | 'window'> {
  if (page.status >= 400) return { state: 'dead' };
  if (page.placeholder) return { state: page.placeholder.kind === 'blank' ? 'empty' : 'explained' };
  // A page whose script fetches the list was not rendered: its emptiness is unknown, for a person to check.
  if (page.entryCount === 0 && page.contentChars < 30) return { state: page.scriptFilled ? 'no-list' : 'empty' };
  if (spec.freshness === 'static') return { state: 'ok' };
  if (spec.freshness === 'annual-report') {
    const year = Number(asOf.slice(0, 4));
    const due = asOf.slice(5) > options.annualReportDeadline ? year - 1 : year - 2;
    const found = page.titles.some((t) => t.includes(`${due}年`) || t.includes(`${due}年度`));
    return { state: found ? 'ok' : 'stale', cutoff: String(due) };
  }
  if (page.entryCount === 0) return { state: 'no-list' };
  const window = spec.window ?? windows[spec.freshness];
  const cutoff = subtractPeriod(asOf, window);
  if (!page.latest) return { state: 'undated', cutoff, window };
  return { state: page.latest < cutoff ? 'stale' : 'ok', cutoff, window };
}

const PAGE_NAMES = new Set<Candidate['source']>(['meta', 'breadcrumb', 'article']);

/**
 * A link naming the column beats a page naming itself (the link leads to the column page; a page's
 * 当前位置 may belong to an article); then confidence; then a visited page, the better source, the shorter URL.
 */
function better(
  a: { c: Candidate; m: NameMatch },
  b: { c: Candidate; m: NameMatch },
  byPage: Map<string, ColumnPage>,
): boolean {
  const linkA = !PAGE_NAMES.has(a.c.source);
  if (linkA !== !PAGE_NAMES.has(b.c.source)) return linkA;
  if (a.m.confidence !== b.m.confidence) return a.m.confidence > b.m.confidence;
  return rank(a.c, byPage) < rank(b.c, byPage);
}

function rank(c: Candidate, byPage: Map<string, ColumnPage>): number {
  return (byPage.has(pageKey(c.url)) ? 0 : 100) + SOURCE_RANK[c.source] * 10 + Math.min(9, c.url.length / 100);
}

function homeState(
  home: ColumnPage,
  pages: readonly ColumnPage[],
  cutoff: string,
): NonNullable<ColumnAnalysis['home']> {
  const secondLevel = pages
    .filter((p) => p.depth === 1 && p.latest)
    .map((p) => p.latest!)
    .sort();
  const via = home.latest ? 'home' : 'second-level';
  const latest = home.latest ?? secondLevel[secondLevel.length - 1];
  const state = !latest ? 'unknown' : latest < cutoff ? 'stale' : 'ok';
  return { url: home.url, ...(latest ? { latest } : {}), cutoff, state, via };
}

/** The column above a visited column page, from its 当前位置 (首页 > 政务公开 > 通知公告 → 政务公开). */
function parentOf(page: ColumnPage | undefined): { parent?: string } {
  const crumbs = page?.breadcrumbs ?? [];
  return crumbs.length >= 3 ? { parent: crumbs[crumbs.length - 2] } : {};
}

function uniqueBy<T>(items: T[], key: (item: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((item) => !seen.has(key(item)) && !!seen.add(key(item)));
}
