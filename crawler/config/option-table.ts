import type { CrawlOptions } from './options.ts';

export const USER_AGENT = 'Mozilla/5.0 (compatible; govcheck/0.1; government website inspector)';

/** How a value is written and judged; the same rule for a flag and for the config key. */
export type OptionKind =
  | { type: 'int'; min: number; max?: number }
  | { type: 'enum'; choices: readonly string[] }
  | { type: 'boolean' }
  | { type: 'string'; pattern?: RegExp; example?: string }
  /** Comma-separated on the command line, an array in the config. */
  | { type: 'list' }
  /** Several values after the flag on the command line, an array in the config. */
  | { type: 'variadic' };

/**
 * One crawl option: its config key, its flag (absent: config only), what it means (zh / en, for --help and the
 * README table) and its default. From this row come the commander flag, the JSON schema of the config key, the
 * default, the README line and the one validation both the CLI and the config go through.
 */
export interface OptionSpec {
  key: keyof CrawlOptions;
  /** Commander syntax, e.g. `--max-pages <n>`; `--no-x` for a boolean that is on by default. */
  flag?: string;
  kind: OptionKind;
  zh: string;
  en: string;
  default?: unknown;
  /** How the default reads in the README when it is not a plain value (e.g. "today"). */
  defaultText?: string;
}

const int = (min: number, max?: number): OptionKind => ({ type: 'int', min, ...(max === undefined ? {} : { max }) });
const choice = (...choices: string[]): OptionKind => ({ type: 'enum', choices });
const BOOLEAN: OptionKind = { type: 'boolean' };
const STRING: OptionKind = { type: 'string' };
const LIST: OptionKind = { type: 'list' };

/** Every crawl option, in README order. */
export const CRAWL_OPTIONS: readonly OptionSpec[] = [
  {
    key: 'maxPages',
    flag: '--max-pages <n>',
    kind: int(1),
    zh: '最多抓取页面数',
    en: 'pages crawled at most',
    default: 500,
  },
  {
    key: 'maxDepth',
    flag: '--max-depth <n>',
    kind: int(0),
    zh: '起始页起的最大链接深度',
    en: 'link depth from the start page',
    default: 8,
  },
  {
    key: 'concurrency',
    flag: '--concurrency <n>',
    kind: int(1, 64),
    zh: '同时请求数（每个主机）',
    en: 'requests in flight (per host)',
    default: 4,
  },
  {
    key: 'delayMs',
    flag: '--delay <ms>',
    kind: int(0),
    zh: '同一主机两次请求开始的间隔（毫秒）',
    en: 'pause between request starts to one host (ms)',
    default: 0,
  },
  {
    key: 'render',
    flag: '--render <mode>',
    kind: choice('auto', 'always', 'never'),
    zh: '用 Chromium 渲染页面',
    en: 'render pages in Chromium',
    default: 'auto',
  },
  { key: 'renderTabs', kind: int(1, 16), zh: 'Chromium 标签页数', en: 'tabs of the Chromium pool', default: 2 },
  {
    key: 'threads',
    flag: '--threads <n>',
    kind: int(0, 64),
    zh: '运行页面检查的工作线程数（0 = 在主线程中运行）',
    en: 'worker threads running the page checks (0 = in the main thread)',
    defaultText: 'CPU cores − 1; 0 on 2 cores or fewer（CPU 核数减一；2 核及以下为 0）',
  },
  {
    key: 'profiles',
    flag: '--profile <ids>',
    kind: LIST,
    zh: '指标集，逗号分隔',
    en: 'indicator profiles, comma-separated',
    default: ['national'],
  },
  {
    key: 'asOf',
    flag: '--as-of <date>',
    kind: { type: 'string', pattern: /^\d{4}-\d{2}-\d{2}$/, example: '2026-11-20' },
    zh: '按此日期（YYYY-MM-DD）判断更新时效，便于复现',
    en: 'judge freshness as of this date (YYYY-MM-DD), for reproducible runs',
    defaultText: 'today',
  },
  {
    key: 'ignoreRobots',
    flag: '--ignore-robots',
    kind: BOOLEAN,
    zh: '不遵守 robots.txt（默认遵守）',
    en: 'do not obey robots.txt (obeyed by default)',
    default: false,
  },
  {
    key: 'useSitemap',
    flag: '--no-sitemap',
    kind: BOOLEAN,
    zh: '不从 sitemap.xml 取起始链接',
    en: 'do not seed the crawl from sitemap.xml',
    default: true,
  },
  {
    key: 'timeoutMs',
    flag: '--timeout <ms>',
    kind: int(100),
    zh: '单个请求的超时（毫秒）',
    en: 'time limit of one request (ms)',
    default: 15_000,
  },
  {
    key: 'retries',
    flag: '--retries <n>',
    kind: int(0, 10),
    zh: '429/502/503/504、连接重置和超时后的重试次数（遵守 Retry-After，最多 30 秒）',
    en: 'retries after 429/502/503/504, resets and timeouts (Retry-After honoured, capped at 30 s)',
    default: 2,
  },
  {
    key: 'maxBytes',
    kind: int(1024),
    zh: '单个页面最大字节数',
    en: 'largest page read, in bytes',
    default: 10 * 1024 * 1024,
  },
  { key: 'maxRedirects', kind: int(0), zh: '最多跟随的重定向次数', en: 'redirects followed at most', default: 10 },
  {
    key: 'retryBaseMs',
    kind: int(0),
    zh: '首次重试前等待（毫秒），之后加倍',
    en: 'wait before the first retry (ms), doubled after',
    default: 500,
  },
  {
    key: 'maxRetryAfterMs',
    kind: int(0),
    zh: 'Retry-After 最长等待（毫秒）',
    en: 'longest Retry-After honoured (ms)',
    default: 30_000,
  },
  { key: 'userAgent', kind: STRING, zh: '请求的 User-Agent', en: 'User-Agent of the requests', default: USER_AGENT },
  {
    key: 'extraHosts',
    kind: LIST,
    zh: '视为本站的其他主机（如信息公开平台）',
    en: 'other hosts crawled as part of the site',
    default: [],
  },
  {
    key: 'external',
    flag: '--external <mode>',
    kind: choice('status', 'none'),
    zh: '探测外部链接（status）或不检查（none）',
    en: 'probe links to other sites, or leave them unchecked',
    default: 'status',
  },
  {
    key: 'allowPrivate',
    flag: '--allow-private <hosts...>',
    kind: { type: 'variadic' },
    zh: '允许访问内网/本机地址的主机（名称或 名称:端口）；默认只有起始地址本身可以是内网地址',
    en: "hosts (name or name:port) allowed on intranet/loopback addresses; by default only the start URL's own origin",
    default: [],
  },
  {
    key: 'skipLinks',
    flag: '--skip <regex...>',
    kind: { type: 'variadic' },
    zh: '匹配这些正则的链接既不抓取也不探测',
    en: 'links matching these are neither crawled nor probed',
    default: [],
  },
  {
    key: 'checks',
    flag: '--checks <ids>',
    kind: LIST,
    zh: '只运行这些检查（逗号分隔）',
    en: 'run only these checks',
    default: [],
    defaultText: 'all',
  },
  {
    key: 'cloaking',
    flag: '--cloaking <pages>',
    kind: choice('none', 'home', 'top', 'all'),
    zh: '以搜索引擎身份复查哪些页面',
    en: 'pages fetched again as search engines',
    default: 'top',
  },
  {
    key: 'a11y',
    flag: '--a11y <mode>',
    kind: choice('full', 'sample', 'off'),
    zh: '无障碍检查：每页、按模板抽样或关闭',
    en: 'accessibility pass: every page, a sample per template, or none',
    default: 'sample',
  },
  {
    key: 'a11ySampleAbove',
    flag: '--a11y-sample-above <pages>',
    kind: int(0),
    zh: '--a11y sample：站点已知页面数超过此数后，无障碍检查改为按模板抽样（此前每页都查）',
    en: '--a11y sample: once the site is known to have more pages than this, audit a sample per template',
    default: 50,
  },
  {
    key: 'attachments',
    flag: '--no-attachments',
    kind: BOOLEAN,
    zh: '不读取链接的 PDF/DOCX/XLSX 附件（默认像页面一样检查）',
    en: 'do not read linked PDF/DOCX/XLSX attachments (read and checked like pages by default)',
    default: true,
  },
  {
    key: 'attachmentMaxBytes',
    kind: int(1024),
    zh: '最大附件字节数',
    en: 'largest attachment downloaded, in bytes',
    default: 50 * 1024 * 1024,
  },
  {
    key: 'evidenceDir',
    kind: STRING,
    zh: '证据截图目录（默认在报告旁）',
    en: 'folder for evidence screenshots (next to the reports)',
  },
  {
    key: 'db',
    flag: '--db <file>',
    kind: STRING,
    zh: '在此 SQLite 文件（WAL）或 postgres://… 中保存抓取进度和历史',
    en: "keep the crawl's state and history in this SQLite file (WAL) or postgres://… database",
    defaultText: 'in memory',
  },
  {
    key: 'probeEvery',
    flag: '--probe-every <runs>',
    kind: int(1, 100),
    zh: '配合 --db：未抓取的链接目标（外站、图片、文件）上次正常时沿用结果，' + '每 N 次抓取才重新探测一次（1 = 每次）',
    en:
      'with `--db`: link targets not crawled (other sites, images, files) that answered well keep that result, ' +
      'probed again every N runs (1 = every run)',
    default: 4,
  },
  {
    key: 'resume',
    flag: '--resume',
    kind: BOOLEAN,
    zh: '继续 --db 中此地址最近一次未完成的抓取',
    en: 'continue the newest unfinished crawl of this URL in `--db`',
    default: false,
  },
  {
    key: 'siteName',
    flag: '--name <name>',
    kind: STRING,
    zh: '网站名称（报告和整改通知的标题；默认取首页标题，不用主机名）',
    en: 'site name (title of the reports and the notice; default: the home page title, never host:port)',
  },
];

export const OPTION_BY_KEY: ReadonlyMap<string, OptionSpec> = new Map(CRAWL_OPTIONS.map((o) => [o.key, o]));

/** The flag's name without its value part: `--max-pages`, `--no-sitemap`. */
export const flagName = (spec: OptionSpec): string | undefined => spec.flag?.split(' ')[0];
