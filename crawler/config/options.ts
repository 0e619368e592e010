import { columnOptions } from '../../shared/columns/options.ts';
import { resolveProfiles } from '../../shared/profiles/index.ts';
import type { A11yMode } from '../a11y/a11y-sampler.ts';
import type { RenderMode } from '../render/render-policy.ts';
import { assertCheckSelection } from './check-option-rules.ts';
import { UsageError } from '../runtime/errors.ts';
import { assertCrawlOptions } from './option-rules.ts';
import { CRAWL_OPTIONS } from './option-table.ts';
import { normalizeUrl } from '../frontier/url.ts';

export { USER_AGENT } from './option-table.ts';

/** Everything a crawl needs, validated: what crawlSite() takes. */
export interface CrawlOptions {
  startUrl: string;
  siteName?: string;
  maxPages: number;
  maxDepth: number;
  /** Requests in flight at once to the site (and to each other host). */
  concurrency: number;
  /** Pause between request starts to one host, in ms. */
  delayMs: number;
  render: RenderMode;
  /** Tabs of the Chromium pool. */
  renderTabs: number;
  /** Worker threads running the page checks (0: the crawl's own thread); undefined: cores − 1, 0 on 2 cores. */
  threads?: number;
  profiles: string[];
  /** yyyy-mm-dd freshness rules are judged against. */
  asOf: string;
  ignoreRobots: boolean;
  useSitemap: boolean;
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  retryBaseMs: number;
  maxRetryAfterMs: number;
  userAgent: string;
  /** Other hosts crawled as part of the site (e.g. the 信息公开 platform on its own host). */
  extraHosts: string[];
  /** Links to other sites: probed for status, or not checked at all. */
  external: 'status' | 'none';
  /**
   * Hosts (`name`, any port) or origins (`name:port`) the crawl may reach on intranet/loopback addresses
   * (--allow-private); besides these only the start URL's own origin may be one.
   */
  allowPrivate: string[];
  /** Regular expressions: matching links are neither crawled nor probed (linkinator's linksToSkip). */
  skipLinks: string[];
  /** Only these checks (ids); all registered checks when empty. */
  checks: string[];
  /** Per-check options from the config file, by check id. */
  checkOptions: Record<string, Record<string, unknown>>;
  /**
   * Cloaking check: fetch pages again as search-engine crawlers and search visitors (six extra requests a
   * page). home = the start page, top = it and the pages it links to, all = every page.
   */
  cloaking: 'none' | 'home' | 'top' | 'all';
  /** Accessibility pass (axe-core, in Chromium): every page, a sample per template, or none. */
  a11y: A11yMode;
  /** `a11y: sample`: sites known to have more pages than this get the pass on a sample per template. */
  a11ySampleAbove: number;
  /** Folder for evidence screenshots; the CLI puts it next to the reports. */
  evidenceDir?: string;
  /** Read attachments (PDF, DOCX, XLSX …) linked from the site and check their text. */
  attachments: boolean;
  /** Largest attachment downloaded, in bytes. */
  attachmentMaxBytes: number;
  /** SQLite file keeping the crawl's state and history; undefined keeps everything in memory. */
  db?: string;
  /** Continue the newest unfinished run of this start URL in `db`. */
  resume: boolean;
  /** Incremental re-crawl: link targets that answered well are probed again every this many runs. */
  probeEvery: number;
}

/** The defaults of crawler/config/option-table.ts (checkOptions has none: each check declares its own). */
export const DEFAULT_OPTIONS = {
  ...Object.fromEntries(CRAWL_OPTIONS.filter((o) => o.default !== undefined).map((o) => [o.key, o.default])),
  checkOptions: {},
} as Omit<CrawlOptions, 'startUrl' | 'asOf'>;

export const today = (): string => new Date().toISOString().slice(0, 10);

/** Merges defaults, config and flags (later wins) and checks every value; throws UsageError on bad input. */
export function resolveOptions(...layers: Partial<CrawlOptions>[]): CrawlOptions {
  const merged = Object.assign({}, DEFAULT_OPTIONS, ...layers.map(stripUndefined)) as CrawlOptions;
  const startUrl = normalizeUrl(merged.startUrl ?? '');
  if (!startUrl) {
    throw new UsageError(
      `起始地址无效：“${merged.startUrl ?? ''}”（需要 http:// 或 https:// 地址）`,
      `Invalid start URL "${merged.startUrl ?? ''}" (an http:// or https:// URL is required)`,
    );
  }
  assertCrawlOptions(merged);
  assertCheckSelection(merged.checks, merged.checkOptions);
  for (const pattern of merged.skipLinks) {
    try {
      new RegExp(pattern);
    } catch {
      throw new UsageError(
        `跳过规则不是有效的正则表达式：${pattern}`,
        `skip pattern is not a valid regular expression: ${pattern}`,
      );
    }
  }
  if (merged.resume && !merged.db) {
    throw new UsageError(
      '--resume 需要同时指定 --db（保存抓取进度的数据库文件）',
      '--resume needs --db (the database file that holds the crawl state)',
    );
  }
  try {
    resolveProfiles(merged.profiles, columnOptions(merged.checkOptions['column-missing'] ?? {}).profiles);
  } catch (error) {
    throw new UsageError(
      `指标集配置有误：${(error as Error).message}`,
      `Bad profile selection or column options: ${(error as Error).message}`,
    );
  }
  const asOf = merged.asOf ?? today();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(Date.parse(asOf))) {
    throw new UsageError(`--as-of 日期格式应为 YYYY-MM-DD，收到“${asOf}”`, `--as-of must be YYYY-MM-DD, got "${asOf}"`);
  }
  return { ...merged, startUrl, asOf };
}

function stripUndefined<T extends object>(layer: T): Partial<T> {
  return Object.fromEntries(Object.entries(layer).filter(([, v]) => v !== undefined)) as Partial<T>;
}
