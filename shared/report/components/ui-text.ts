/** Interface text of the report components in zh-CN (reports, extension) and English (the dashboard's en mode). */
export type UiLang = 'zh' | 'en';

const TEXT = {
  index: ['序号', 'No.'],
  category: ['问题类别', 'Category'],
  severity: ['严重程度', 'Severity'],
  column: ['所属栏目', 'Column'],
  page: ['页面', 'Page'],
  description: ['问题描述与原文', 'Problem and text'],
  suggestion: ['建议修改', 'Suggested fix'],
  deadline: ['整改时限', 'Deadline'],
  status: ['整改状态', 'Status'],
  search: ['搜索问题、页面、原文…', 'Search problems, pages, text…'],
  searchLabel: ['搜索', 'Search'],
  all: ['全部', 'All: '],
  total: ['共 {n} 条', '{n} in all'],
  original: ['原文：', 'Text: '],
  evidence: ['证据截图', 'Evidence screenshot'],
  pages: ['共 {n} 个页面', 'on {n} pages'],
  places: ['（共 {n} 处）', ' ({n} places)'],
  verdict: ['检查结论：', 'Verdict: '],
  pagesFetched: ['抓取页面', 'Pages fetched'],
  failures: ['发现问题', 'Problems'],
  vetoes: ['单项否决', 'Veto items'],
  suspects: ['待人工确认（疑似）', 'Suspected, to confirm'],
  incomplete: ['待人工复核', 'Needs manual review'],
  score: ['扣分指标估算得分', 'Estimated score'],
  new: ['新发现', 'New'],
  open: ['仍存在', 'Still open'],
  fixed: ['已整改', 'Fixed'],
} satisfies Record<string, [string, string]>;

export type UiKey = keyof typeof TEXT;

/** The text of a key in a language, with {n} filled in. */
export const uiText =
  (lang: UiLang = 'zh') =>
  (key: UiKey, n?: number): string =>
    TEXT[key][lang === 'en' ? 1 : 0].replace('{n}', String(n ?? ''));
