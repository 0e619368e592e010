import { isHomePage } from '../../columns/discover.ts';
import { classifyStartPage, startPageFacts } from '../../columns/start-page.ts';
import { defineSiteCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { siteInfoFacts, type SiteInfoFacts } from './facts.ts';
import { ICP_VALID, POLICE_VALID, SITE_CODE } from './patterns.ts';
import { gather } from '../collected.ts';

const MAX_PAGES_LISTED = 20;

/** Footer and page items every government site shows: identification, filings, 找错, search. */
export const siteInfo = defineSiteCheck<SiteInfoFacts>({
  id: 'site-info',
  category: 'site-info',
  title: { zh: '网站标识与功能入口', en: 'Site identification and entries' },
  description: {
    zh:
      '检查页面底部功能区的网站标识码、党政机关网站标识、ICP备案号、公安机关备案号、主办单位和“我为政府网站找' +
      '错”入口及其格式，以及首页的站内搜索入口（无障碍／长者模式入口由 a11y-elder-entry 检查）。',
    en: 'Checks the footer identification items and their formats, and the home page search entry.',
  },
  indicators: ['NAT-D22', 'NAT-P2'],
  severity: 'minor',
  messages: {
    'missing-site-code': { zh: '页面底部未标明网站标识码', en: 'No site ID code (网站标识码) in the footer' },
    'bad-site-code': {
      zh: '网站标识码“{text}”格式不正确（应为10位数字或bm加8位数字）',
      en: 'Site ID code "{text}" is malformed (10 digits or bm + 8 digits)',
    },
    'site-code-mismatch': {
      zh: '网站标识码不一致：页面为“{text}”，{where}为“{other}”',
      en: 'Site ID code "{text}" differs from {whereEn} "{other}"',
    },
    'missing-conac': { zh: '页面底部缺少党政机关网站标识', en: 'No party and government organ site badge' },
    'conac-error': {
      zh: '党政机关网站标识显示为异常状态（red_error），请核查开办注册信息',
      en: 'The organ site badge shows an error state (red_error)',
    },
    'missing-icp': { zh: '页面底部未标明ICP备案编号', en: 'No ICP filing number in the footer' },
    'bad-icp': {
      zh: 'ICP备案编号“{text}”格式不正确（应为“省简称ICP备数字号”）',
      en: 'ICP filing number "{text}" is malformed',
    },
    'icp-link': {
      zh: 'ICP备案编号未链接到工业和信息化部备案系统 beian.miit.gov.cn（{state}）',
      en: 'ICP number does not link to beian.miit.gov.cn ({state})',
    },
    'missing-police': { zh: '页面底部未标明公安机关备案号', en: 'No public-security filing number in the footer' },
    'bad-police': {
      zh: '公安机关备案号“{text}”格式不正确（应为“省简称公网安备14位数字号”）',
      en: 'Public-security filing number "{text}" is malformed',
    },
    'police-link': {
      zh: '公安机关备案号未链接到 beian.mps.gov.cn（{state}）',
      en: 'Public-security number does not link to beian.mps.gov.cn ({state})',
    },
    'missing-host': { zh: '页面底部未标明网站主办单位', en: 'No sponsoring organisation (主办单位) in the footer' },
    'missing-jiucuo': { zh: '缺少“我为政府网站找错”入口', en: 'No "report an error" (我为政府网站找错) entry' },
    'old-jiucuo': {
      zh: '“我为政府网站找错”入口使用旧地址，应链接 zfwzgl.www.gov.cn',
      en: 'The error-report entry uses an old address; link zfwzgl.www.gov.cn',
    },
    'missing-search': { zh: '首页未提供站内搜索功能', en: 'No site search on the home page' },
    'unrendered-footer': {
      zh: '页面底部由脚本生成且未渲染，未能找到{item}（疑似缺失，需人工确认）',
      en: 'The footer is built by a script that was not rendered; {itemEn} not found (suspected, confirm by hand)',
    },
  },
  fix: {
    zh:
      '在全站页面底部功能区按《政府网站发展指引》列明主办单位、网站标识码、ICP备案编号、公安机关备案标识、党政机' +
      '关网站标识和“我为政府网站找错”入口，并在首页提供站内搜索。',
    en: 'List every footer item required by the 2017 guide on all pages; offer site search on the home page.',
  },
  collect: ({ page, asOf }) =>
    page.status >= 400
      ? undefined
      : {
          ...siteInfoFacts(page, asOf),
          ...(page.depth === 0 ? { startKind: classifyStartPage(startPageFacts(page)).kind } : {}),
        },
  async finish(collected, ctx) {
    // In URL order, not the order pages finished: the page a finding names (and so its id) is the same every crawl.
    const pages = (await gather(collected)).sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    if (!pages.length) return [];
    const home = pages.find((p) => isHomePage(p, ctx.siteUrl)) ?? pages[0];
    const results: CheckResult[] = [];
    /** One result per problem: the home page when it has it, else the first page, listing every page. */
    const report = (messageId: string, lacking: SiteInfoFacts[], extra: Partial<CheckResult> = {}) => {
      if (!lacking.length) return;
      const first = lacking.includes(home) ? home : lacking[0];
      const missing = MISSING_ITEMS[messageId];
      // Pages whose footer only a script builds (not rendered): the item may be there, so only 疑似 (C2).
      const unseen = missing ? lacking.filter((p) => p.scriptFooter) : [];
      const seen = unseen.length ? lacking.filter((p) => !p.scriptFooter) : lacking;
      if (seen.length) {
        results.push({
          messageId,
          url: (seen.includes(first) ? first : seen[0]).url,
          ...extra,
          data: { ...extra.data, pageCount: seen.length, pages: seen.slice(0, MAX_PAGES_LISTED).map((p) => p.url) },
        });
      }
      if (unseen.length) {
        results.push({
          messageId: 'unrendered-footer',
          url: (unseen.includes(first) ? first : unseen[0]).url,
          ...extra,
          outcome: 'incomplete',
          fingerprint: messageId,
          data: {
            ...extra.data,
            item: missing![0],
            itemEn: missing![1],
            suspect: true,
            confidence: SCRIPT_FOOTER_CONFIDENCE,
            pageCount: unseen.length,
            pages: unseen.slice(0, MAX_PAGES_LISTED).map((p) => p.url),
          },
        });
      }
    };
    const footer = ['NAT-D22', 'NAT-P2'];
    report(
      'missing-site-code',
      pages.filter((p) => p.siteCode === undefined),
      { indicators: [...footer, 'NAT-P3'] },
    );
    for (const [code, list] of groupBy(
      pages.filter((p) => p.siteCode !== undefined && !SITE_CODE.test(p.siteCode)),
      (p) => p.siteCode!,
    )) {
      report('bad-site-code', list, { text: code, indicators: ['NAT-P3'] });
    }
    for (const p of pages) mismatch(p, report);
    report(
      'missing-conac',
      pages.filter((p) => !p.conac),
      { indicators: [...footer, 'NAT-P4'] },
    );
    report(
      'conac-error',
      pages.filter((p) => p.conac === 'error'),
      { indicators: ['NAT-P4'], severity: 'major' },
    );
    filing(pages, 'icp', ICP_VALID, report);
    filing(pages, 'police', POLICE_VALID, report);
    report(
      'missing-host',
      pages.filter((p) => !p.host),
      { indicators: footer },
    );
    report(
      'old-jiucuo',
      pages.filter((p) => p.jiucuo?.link === 'old'),
      { indicators: ['NAT-P5'] },
    );
    // An article or column page given as the start URL is not the home page these two entries belong on.
    if (home.startKind === 'article' || home.startKind === 'column') return results;
    report('missing-jiucuo', home.jiucuo ? [] : [home], { indicators: ['NAT-D25', 'NAT-P5'] });
    report('missing-search', home.search ? [] : [home], { indicators: ['NAT-D19'], severity: 'major' });
    return results;
  },
});

/** Items a footer script may add, by the message that reports them missing: [zh, en]. */
const MISSING_ITEMS: Record<string, [string, string]> = {
  'missing-site-code': ['网站标识码', 'the site ID code'],
  'missing-conac': ['党政机关网站标识', 'the organ site badge'],
  'missing-icp': ['ICP备案编号', 'the ICP filing number'],
  'missing-police': ['公安机关备案号', 'the public-security filing number'],
  'missing-host': ['网站主办单位', 'the sponsoring organisation'],
  'missing-jiucuo': ['“我为政府网站找错”入口', 'the error-report entry'],
};
/** Not seen is not absent: a middle confidence, for a person to settle. */
const SCRIPT_FOOTER_CONFIDENCE = 0.5;

type Report = (messageId: string, lacking: SiteInfoFacts[], extra?: Partial<CheckResult>) => void;

function mismatch(p: SiteInfoFacts, report: Report): void {
  if (!p.siteCode || !SITE_CODE.test(p.siteCode)) return;
  const others: [string, string, string | undefined][] = [
    ['“找错”链接的 site_code', 'the error-report link', p.jiucuo?.siteCode],
    ['SiteIDCode 网页标签', 'the SiteIDCode meta tag', p.siteCodeMeta],
  ];
  for (const [where, whereEn, other] of others) {
    if (other && other !== p.siteCode) {
      report('site-code-mismatch', [p], {
        text: p.siteCode,
        indicators: ['NAT-P3', 'NAT-P5'],
        data: { where, whereEn, other },
      });
    }
  }
}

function filing(pages: SiteInfoFacts[], kind: 'icp' | 'police', valid: RegExp, report: Report): void {
  const footer = ['NAT-D22', 'NAT-P2', 'NAT-P6'];
  report(
    `missing-${kind}`,
    pages.filter((p) => !p[kind]),
    { indicators: footer },
  );
  const present = pages.filter((p) => p[kind]);
  for (const [text, list] of groupBy(
    present.filter((p) => !valid.test(p[kind]!.text)),
    (p) => p[kind]!.text,
  )) {
    report(`bad-${kind}`, list, { text, indicators: ['NAT-P6'] });
  }
  for (const [state, list] of groupBy(
    present.filter((p) => p[kind]!.link !== 'current'),
    (p) => p[kind]!.link,
  )) {
    report(`${kind}-link`, list, {
      indicators: ['NAT-P6'],
      fingerprint: state,
      data: { state: state === 'old' ? '链接到已停用的旧地址' : state === 'none' ? '没有链接' : '链接到其他地址' },
    });
  }
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}
