import { JICENG_COUNTY, JICENG_TOWNSHIP } from './jiceng.ts';
import { NATIONAL_2019 } from './national-2019.ts';
import { SICHUAN_COUNTY, ZHEJIANG_2020 } from './provinces.ts';
import { TIAOLI_20, TIAOLI_21 } from './tiaoli.ts';
import type { ColumnSpec, FreshnessClass, Profile, Scoring, SiteType } from './types.ts';
import { ruleApplies } from '../indicators/rule-dates.ts';
import { XXGK_PLATFORM } from './xxgk-platform.ts';

export type * from './types.ts';

/** Composite profiles: the national rules as one id, and ready-made selections for a county portal and a township. */
const NATIONAL: Profile = {
  id: 'national',
  title: '全国指标（检查指标 + 政府信息公开平台）',
  source: '见所含各指标集',
  includes: ['national-2019', 'xxgk-platform'],
  columns: [],
};
const COUNTY_PORTAL: Profile = {
  id: 'county-portal',
  title: '县级政府门户网站（全国指标 + 政府信息公开 + 条例第二十、二十一条 + 基层政务公开）',
  source: '见所含各指标集',
  includes: ['national-2019', 'xxgk-platform', 'tiaoli-20', 'tiaoli-21', 'jiceng-county'],
  columns: [],
};
const TOWNSHIP: Profile = {
  id: 'township',
  title: '乡镇（街道）政府网站栏目',
  siteType: 'township',
  source: '见所含各指标集',
  includes: ['national-2019', 'xxgk-platform', 'tiaoli-20', 'tiaoli-21', 'jiceng-township'],
  columns: [],
};

export const BUILT_IN_PROFILES: readonly Profile[] = [
  NATIONAL_2019,
  XXGK_PLATFORM,
  TIAOLI_20,
  TIAOLI_21,
  JICENG_COUNTY,
  JICENG_TOWNSHIP,
  ZHEJIANG_2020,
  SICHUAN_COUNTY,
  NATIONAL,
  COUNTY_PORTAL,
  TOWNSHIP,
];

/** What a run uses when --profile is not given. */
export const DEFAULT_PROFILE_IDS: readonly string[] = ['national'];

const DEFAULT_WINDOWS: Record<Exclude<FreshnessClass, 'static' | 'annual-report'>, string> = {
  news: '14d',
  notice: '6m',
  yearly: '1y',
  quarterly: '3m',
  long: '1y',
};

export const DEFAULT_SCORING: Scoring = {
  passScore: 60,
  deductions: {},
  vetoThresholds: { staleNewsNotice: 5, longStale: 10, blank: 5 },
  // Vendors warn at 2 blank and 6 long-stale columns (P); 3 for the 5-count rule is our default (U).
  warnThresholds: { staleNewsNotice: 3, longStale: 6, blank: 2 },
};

export class UnknownProfileError extends Error {
  constructor(
    readonly ids: string[],
    known: string[],
  ) {
    super(`未知的指标集 / unknown profile: ${ids.join(', ')}（可用 / known: ${known.join(', ')}）`);
  }
}

/** Profiles, columns and scoring after composing the selected ids (includes first, later ones override). */
export interface ResolvedProfiles {
  ids: string[];
  /** Every profile that took part, includes expanded, each once. */
  profiles: Profile[];
  columns: ColumnSpec[];
  windows: Record<string, string>;
  scoring: Scoring;
  /** The site type columns were filtered by: the one asked for, else the profiles' own; none = no filter. */
  siteType?: SiteType;
  /** Profiles and columns selected but not yet in force on the as-of date, with the date they apply from. */
  notInForce: { id: string; title: string; since: string }[];
}

/**
 * Resolves profile ids (built-in or defined in the config) into one column catalog. Throws
 * UnknownProfileError naming every id it cannot find, so hosts can reject the run at the boundary.
 * With `asOf`, profiles and columns whose `since` is later are left out (listed in notInForce).
 */
export function resolveProfiles(
  ids: readonly string[],
  custom: readonly Profile[] = [],
  siteType?: SiteType,
  asOf?: string,
): ResolvedProfiles {
  const known = new Map<string, Profile>([...BUILT_IN_PROFILES, ...custom].map((p) => [p.id, p]));
  const selected = ids.length ? ids : DEFAULT_PROFILE_IDS;
  const unknown = selected.filter((id) => !known.has(id));
  if (unknown.length) throw new UnknownProfileError(unknown, [...known.keys()]);
  const order: Profile[] = [];
  const visit = (id: string, trail: string[]) => {
    const profile = known.get(id);
    if (!profile) throw new UnknownProfileError([id], [...known.keys()]);
    if (order.includes(profile) || trail.includes(id)) return;
    for (const inner of profile.includes ?? []) visit(inner, [...trail, id]);
    order.push(profile);
  };
  for (const id of selected) visit(id, []);

  const columns = new Map<string, ColumnSpec>();
  let windows: Record<string, string> = { ...DEFAULT_WINDOWS };
  let scoring: Scoring = { ...DEFAULT_SCORING };
  const notInForce: ResolvedProfiles['notInForce'] = [];
  const inForce = (since: string | undefined) => !asOf || ruleApplies(since, asOf);
  for (const profile of order) {
    if (!inForce(profile.since)) {
      notInForce.push({ id: profile.id, title: profile.title, since: profile.since! });
      continue;
    }
    for (const spec of profile.columns) {
      if (inForce(spec.since)) columns.set(spec.id, mergeSpec(columns.get(spec.id), spec));
      else notInForce.push({ id: spec.id, title: spec.name, since: spec.since! });
    }
    windows = { ...windows, ...profile.windows };
    scoring = { ...scoring, ...profile.scoring, deductions: { ...scoring.deductions, ...profile.scoring?.deductions } };
  }
  const chosen = siteType ?? [...order].reverse().find((p) => p.siteType)?.siteType;
  const applicable = [...columns.values()].filter((c) => !chosen || !c.siteTypes || c.siteTypes.includes(chosen));
  return {
    ids: [...selected],
    profiles: order,
    columns: applicable,
    windows,
    scoring,
    notInForce,
    ...(chosen ? { siteType: chosen } : {}),
  };
}

const union = (a: string[] = [], b: string[] = []) => [...new Set([...a, ...b])];

/** Same column named by two profiles: names and indicators add up, the later profile's settings win. */
function mergeSpec(earlier: ColumnSpec | undefined, later: ColumnSpec): ColumnSpec {
  if (!earlier) return later;
  return {
    ...earlier,
    ...later,
    synonyms: union(union(earlier.synonyms, later.synonyms), earlier.name === later.name ? [] : [earlier.name]).filter(
      (s) => s !== later.name,
    ),
    nonStandard: later.nonStandard ?? earlier.nonStandard,
    indicators: union(earlier.indicators, later.indicators),
    rule: earlier.rule === later.rule ? later.rule : `${earlier.rule}；${later.rule}`,
  };
}
