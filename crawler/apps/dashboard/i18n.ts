/** Dashboard chrome in zh-CN (default) and English; report content (findings, verdict reasons) stays as stored. */
export type Lang = 'zh' | 'en';

const TEXT = {
  title: ['govcheck 检查台', 'govcheck inspector'],
  sites: ['全部站点', 'All sites'],
  site: ['站点', 'Site'],
  verdict: ['结论', 'Verdict'],
  pass: ['合格', 'Pass'],
  fail: ['不合格', 'Fail'],
  unreachable: ['无法访问', 'Unreachable'],
  noRun: ['尚无完成的检查', 'No finished run yet'],
  lastRun: ['最近检查', 'Last run'],
  trend: ['问题趋势', 'Trend'],
  byCategory: ['按类别', 'By category'],
  runs: ['历次检查', 'Runs'],
  run: ['检查', 'Run'],
  started: ['开始时间', 'Started'],
  finished: ['结束时间', 'Finished'],
  pages: ['页面', 'Pages'],
  findings: ['问题', 'Findings'],
  unfinished: ['未完成', 'unfinished'],
  columnTree: ['栏目树', 'Column tree'],
  filters: ['筛选', 'Filter'],
  all: ['全部', 'All'],
  category: ['问题类别', 'Category'],
  severity: ['严重程度', 'Severity'],
  column: ['所属栏目', 'Column'],
  unit: ['责任单位', 'Unit'],
  status: ['整改状态', 'Status'],
  apply: ['应用', 'Apply'],
  shown: ['显示', 'Showing'],
  recheck: ['复核（与上次检查对比）', 'Re-check (against the previous run)'],
  noPrevious: ['这是该站点的首次检查，没有可对比的上次检查。', 'First run of this site: nothing to compare with.'],
  newFindings: ['新发现的问题', 'New findings'],
  fixedFindings: ['已整改的问题', 'Fixed findings'],
  downloads: ['下载报告', 'Download report'],
  recrawl: ['重新检查', 'Re-crawl'],
  token: ['令牌', 'Token'],
  notConfigured: ['未在站点配置中，无法从此处重新检查', 'Not in the sites file: cannot be re-crawled from here'],
  progress: ['检查进度', 'Live progress'],
  idle: ['当前没有正在进行的检查', 'No crawl running'],
  queued: ['排队中', 'queued'],
  running: ['进行中', 'running'],
  pagesDone: ['已完成页面', 'pages done'],
  pagesQueued: ['待抓取', 'queued'],
  notFound: ['未找到', 'Not found'],
  view: ['查看', 'View'],
  back: ['返回', 'Back'],
  notices: ['整改通知（含各责任单位，ZIP）', 'Rectification notices, every unit (ZIP)'],
  recheckLegend: [
    '复核列：+新发现 / 仍存在 / −已整改；问题数为需整改的问题（不含待人工确认、待人工复核）',
    'Re-check column: +new / still open / −fixed; findings are problems to fix (suspects and manual reviews excluded)',
  ],
  previousRun: ['上次检查', 'Previous run'],
  previousFindings: ['条问题', 'findings'],
  compare: ['与上次检查对比', 'Compared with the previous run'],
  previous: ['上次', 'Previous'],
  current: ['本次', 'This run'],
  bulletin: ['本轮检查通报（各站点最近一次检查）', "Bulletin of the round (each site's latest run)"],
  allCategory: ['全部问题类别', 'All categories'],
  allSeverity: ['全部严重程度', 'All severities'],
  allColumn: ['全部栏目', 'All columns'],
  allUnit: ['全部责任单位', 'All units'],
  allStatus: ['全部整改状态', 'All statuses'],
  statusNew: ['新发现', 'New'],
  statusOpen: ['仍存在', 'Still open'],
  statusFixed: ['已整改', 'Fixed'],
  statusUnchecked: ['本次未复查', 'Not re-checked'],
  otherColumns: ['其他栏目', 'Other columns'],
  stateOk: ['正常', 'OK'],
  stateMissing: ['缺失', 'Missing'],
  stateNonStandard: ['名称不规范', 'Non-standard name'],
  stateNotOnHome: ['首页无入口', 'Not on the home page'],
  stateEmpty: ['空白', 'Empty'],
  stateDead: ['无法打开', 'Broken'],
  stateExplained: ['已说明', 'Explained'],
  stateStale: ['未按时更新', 'Not updated'],
  stateUndated: ['无日期', 'Undated'],
  stateNoList: ['无信息列表', 'No item list'],
  stateUnvisited: ['未访问', 'Not visited'],
} satisfies Record<string, [string, string]>;

export type TextKey = keyof typeof TEXT;
export type Translate = (key: TextKey) => string;

export const translator =
  (lang: Lang): Translate =>
  (key) =>
    TEXT[key][lang === 'en' ? 1 : 0];

/** The language a request asks for: the `lang` cookie the switch sets; zh-CN otherwise. */
export function langOf(cookieHeader: string | undefined): Lang {
  return /(?:^|;\s*)lang=en(?:;|$)/.test(cookieHeader ?? '') ? 'en' : 'zh';
}
