import type { Localized } from './localized.ts';

/**
 * Finding categories of the JSON report contract (README "Report contract"), in report order. Every list of
 * categories derives from this one (the report schema's enum is generated from it: `npm run gen`).
 */
export const CATEGORIES = [
  'broken-link',
  'typo',
  'spam',
  'column-missing',
  'column-empty',
  'column-stale',
  'a11y',
  'site-info',
  'privacy',
  'ipv6',
  'incomplete',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** veto = 单项否决 item: one such finding fails the site (exit code 2). */
export type Severity = 'veto' | 'major' | 'minor' | 'info';
export const SEVERITIES: readonly Severity[] = ['veto', 'major', 'minor', 'info'];

/** fail = a problem; incomplete = could not decide, needs a person (待人工复核). */
export type Outcome = 'fail' | 'incomplete';

export interface Location {
  /** CSS selector of the element. */
  selector?: string;
  element?: string;
  attribute?: string;
  /** Short HTML or text excerpt around the problem. */
  snippet?: string;
  /** Character offset of `text` inside the text block at selector. */
  offset?: number;
  /** The sentence around the problem. */
  context?: string;
  /** Page of this occurrence, where the finding lists several pages (template merge). */
  url?: string;
}

export interface Finding {
  /** Stable fingerprint: same check, page, message kind and identity ⇒ same id across runs, wherever it sits. */
  id: string;
  checkId: string;
  category: Category;
  outcome: Outcome;
  severity: Severity;
  /** Indicator ids (shared/indicators/catalog.ts). */
  indicators: string[];
  /** Absolute URL of the page it was found on (site-level: the column page or the site root). */
  url: string;
  messageId: string;
  message: Localized;
  /** How to fix it (整改建议). */
  fix: Localized;
  /** Links: the absolute target URL. */
  target?: string;
  /** Text: the exact wrong text. */
  text?: string;
  /** Text: the suggested replacement. */
  suggestion?: string;
  /** Columns: the column name. */
  column?: string;
  /** Accessibility: the axe rule id. */
  axeRuleId?: string;
  /** The first occurrence. */
  location?: Location;
  /** Occurrences of this problem (on every page listed); absent = 1. */
  count?: number;
  /** Every occurrence's location, the first equal to `location`; capped (MAX_LOCATIONS), count stays true. */
  locations?: Location[];
  /**
   * What the problem is, when the check said so itself (CheckResult.fingerprint); otherwise it is
   * target|text|suggestion|column|axeRuleId. Never a DOM position: template merging and 复核 compare it.
   */
  identity?: string;
  /** Other evidence the message template uses (status code, reason, tier …). */
  data: Record<string, string | number | boolean | null | string[]>;
  /** Template-aware dedupe: every page showing the same problem (url is the first). */
  pages?: string[];
  pageCount?: number;
}
