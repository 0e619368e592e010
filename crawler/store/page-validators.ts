import { createHash } from 'node:crypto';
import type { CompletedPage } from './crawl-state.ts';

/**
 * What tells whether a page changed since the previous run (incremental re-crawl): the validators the server
 * gave (ETag, Last-Modified) for a conditional request, and a hash of the bytes for servers that give none.
 */
export interface PageValidators {
  etag?: string;
  lastModified?: string;
  /** SHA-256 of the body as served. */
  hash: string;
  /** URLs the page leads to (its navigable links), so an unchanged page still feeds the frontier without a body. */
  links: string[];
}

/**
 * A page as the previous run left it: enough to stand in for fetching and checking it again. Its collected items
 * stay in the store (copied there by CrawlState.completeUnchanged, never parsed).
 */
export interface StoredPage extends Omit<CompletedPage, 'collected'> {
  validators: PageValidators;
}

export const contentHash = (body: Uint8Array | string): string => createHash('sha256').update(body).digest('hex');

/** Headers of a conditional GET: the server answers 304 Not Modified when the page is as it was. */
export function conditionalHeaders(validators: PageValidators | undefined): Record<string, string> {
  if (!validators) return {};
  return {
    ...(validators.etag ? { 'if-none-match': validators.etag } : {}),
    ...(validators.lastModified ? { 'if-modified-since': validators.lastModified } : {}),
  };
}

// Options that change how or how much is crawled but not what a page's checks find on the same bytes.
const NOT_AFFECTING_PAGE_RESULTS = new Set([
  'resume',
  'siteName',
  'maxPages',
  'maxDepth',
  'concurrency',
  'delayMs',
  'renderTabs',
  'threads',
  'timeoutMs',
  'retries',
  'retryBaseMs',
  'maxRetryAfterMs',
  'evidenceDir',
  'db',
  'useSitemap',
  'ignoreRobots',
  'allowPrivate',
  'probeEvery',
]);

/**
 * The settings a stored page result depends on (tool version and every option that may change a page's
 * findings): a previous run's pages are reused only when its key equals this run's. Unknown options count,
 * so a new option never lets a stale result through. `asOf` counts: page checks judge by it too (typo-serious
 * takes a page's latest date up to it, or it, for its dated terms; the 适老化 entry is required from 2021-09-30;
 * site-info's police filing host changed on a date; privacy-exposure's birth dates and the year of a list's
 * month-day dates are read from it). Only its month counts: weekly re-crawls must reuse, an unchanged page cannot
 * carry a date after the earlier run's day, and a rule that changes on a day inside the month (a dated title, a
 * birthday) is judged afresh from the next month or as soon as the page changes.
 */
export function reuseKey(version: string, options: object): string {
  const kept = Object.entries(options)
    .filter(([key]) => !NOT_AFFECTING_PAGE_RESULTS.has(key))
    .map(([key, value]): [string, unknown] =>
      key === 'asOf' && typeof value === 'string' ? [key, value.slice(0, 7)] : [key, value],
    )
    .sort(([a], [b]) => a.localeCompare(b));
  return JSON.stringify([version, kept]);
}
