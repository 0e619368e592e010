import { SITE_TYPES, type ColumnSpec, type Profile, type Scoring, type SiteType } from '../profiles/types.ts';

/**
 * Options every column check reads from the config (`columns`, or `checkOptions.column-missing` etc.), all optional.
 */
export interface ColumnOptions {
  /** 门户 / 部门 / 乡镇: columns that do not apply are skipped. Default: the profiles' own, else portal. */
  siteType?: SiteType;
  /** Extra profiles defined in the config, selectable with --profile by their id. */
  profiles: Profile[];
  /** Extra columns, applied after the selected profiles (same id = override). */
  columns: ColumnSpec[];
  /** Freshness windows by class, e.g. { "news": "10d" }. */
  windows: Record<string, string>;
  /** Window for "the home page shows something new" (NAT-V3). */
  homeWindow: string;
  /** Last day (MM-DD) for last year's 政府信息公开年报: 01-31 for departments, 03-31 for 本级政府. */
  annualReportDeadline: string;
  /** Matches below this confidence do not count as the column being present. */
  minConfidence: number;
  thresholds: Partial<Scoring['vetoThresholds']>;
  /** Column ids not to judge on this site. */
  exclude: string[];
}

const PERIOD = /^\d+[dmy]$/;

/** Validates the raw config object once (a wrong value fails the check with a clear message). */
export function columnOptions(raw: Record<string, unknown>): ColumnOptions {
  const o = raw as Partial<ColumnOptions>;
  const siteType = o.siteType;
  if (siteType !== undefined && !SITE_TYPES.includes(siteType))
    throw new Error(`siteType 必须是 ${SITE_TYPES.join('/')}：${String(siteType)}`);
  const windows = o.windows ?? {};
  for (const [k, v] of Object.entries({ ...windows, homeWindow: o.homeWindow ?? '14d' })) {
    if (!PERIOD.test(String(v))) throw new Error(`时间窗口格式应为 14d / 6m / 1y：${k}=${String(v)}`);
  }
  const deadline = o.annualReportDeadline ?? '01-31';
  if (!/^\d{2}-\d{2}$/.test(deadline)) throw new Error(`annualReportDeadline 格式应为 MM-DD：${deadline}`);
  return {
    ...(siteType ? { siteType } : {}),
    profiles: o.profiles ?? [],
    columns: o.columns ?? [],
    windows,
    homeWindow: o.homeWindow ?? '14d',
    annualReportDeadline: deadline,
    minConfidence: typeof o.minConfidence === 'number' ? o.minConfidence : 0.6,
    thresholds: o.thresholds ?? {},
    exclude: o.exclude ?? [],
  };
}
