/**
 * Indicator profiles as data: which columns a site must have, how fresh they must be, and how the national
 * verdict is scored. Status marks follow shared/domain: V verified, P partly verified, U unverified (a
 * configurable default, never a hard truth).
 */
export type SiteType = 'portal' | 'department' | 'township';
export const SITE_TYPES: readonly SiteType[] = ['portal', 'department', 'township'];

/**
 * How often a column must show something new. news/notice count toward the national veto (NAT-V4 (1)),
 * the dated others toward "long not updated" (NAT-V4 (2)); static columns are judged for blankness only;
 * annual-report columns must hold last year's report after its legal date.
 */
export type FreshnessClass = 'news' | 'notice' | 'yearly' | 'quarterly' | 'long' | 'static' | 'annual-report';

export type Certainty = 'V' | 'P' | 'U';

export interface ColumnSpec {
  /** Stable kebab-case id; profiles that name the same id describe the same column (later ones override). */
  id: string;
  /** Canonical name (the name the rule uses). */
  name: string;
  /** Other names that count as this column; "XX" stands for a place or body name (XX要闻). */
  synonyms?: string[];
  /** Names that count as present but are not the unified name the rule demands (flagged). */
  nonStandard?: string[];
  /** Site types the column applies to; all when absent. */
  siteTypes?: SiteType[];
  freshness: FreshnessClass;
  /** Overrides the class window, e.g. "90d", "6m", "1y". */
  window?: string;
  /** Id of the column it belongs under (for the tree and the report). */
  parent?: string;
  /** The clause that requires it, quoted in findings. */
  rule: string;
  indicators: string[];
  certainty: Certainty;
  /** Must be linked from the home page itself (浙江 "统一位置"). */
  onHomePage?: boolean;
  /** Only judged when present (freshness/blankness), never reported missing. */
  optional?: boolean;
  /** yyyy-mm-dd from which the column is required, when later than its profile's date. */
  since?: string;
}

/** Points a finding of an indicator costs in the national deduction part (Part 2, 100 points). */
export interface Deduction {
  perFinding: number;
  /** Cap for the whole indicator (deductions never go below zero for one indicator). */
  max: number;
  certainty: Certainty;
}

export interface Scoring {
  /** Part-2 score below this fails the site. */
  passScore: number;
  deductions: Record<string, Deduction>;
  /** NAT-V4 thresholds: stale 动态/通知公告/政策文件 columns, long-stale others, blank columns. */
  vetoThresholds: { staleNewsNotice: number; longStale: number; blank: number };
  /** Counts at which the report warns that a veto is near (vendor early-warning practice). */
  warnThresholds: { staleNewsNotice: number; longStale: number; blank: number };
}

export interface Profile {
  id: string;
  title: string;
  /** Documents the profile is drawn from. */
  source: string;
  /** The kind of site the profile is for; used when the config does not say (the last profile naming one wins). */
  siteType?: SiteType;
  /** yyyy-mm-dd from which the rules apply (publication or entry into force); a run --as-of earlier skips them. */
  since?: string;
  /** Profiles this one builds on (resolved first, in order). */
  includes?: string[];
  columns: ColumnSpec[];
  /** Freshness windows by class, overriding the defaults. */
  windows?: Partial<Record<FreshnessClass, string>>;
  scoring?: Partial<Scoring>;
}
