import type { Localized } from '../model/localized.ts';
import type { PageSnapshot } from '../model/page-snapshot.ts';

/** What the start page is: a home page, or an article or column page someone gave as the start URL. */
export type StartPageKind = 'home' | 'article' | 'column';

export interface StartPage {
  kind: StartPageKind;
  url: string;
  /** Why it is not taken for a home page (empty for a home page). */
  reason: Localized;
}

/** The facts the decision reads; a column-page summary and a snapshot both have them. */
export interface StartPageFacts {
  url: string;
  finalUrl: string;
  /** ArticleTitle / PubDate meta. */
  article: boolean;
  breadcrumbs: string[];
  columnName?: string;
}

// Article addresses of the common site platforms: TRS (t20240101_123.html), 大汉 (art/2024/…), 博达
// (info/1234/5678.htm), 广东 (content/post_123.html), content_123.htm and date folders (2024/0101/…).
const ARTICLE_PATH = new RegExp(
  [
    '/t\\d{8}_\\d+\\.s?html?$',
    '/art/\\d{4}/',
    '/info/\\d+/\\d+\\.s?html?$',
    '/content/post_\\d+\\.s?html?$',
    '/content_\\d+\\.s?html?$',
    '/\\d{4}-?\\d{2}/\\d{2}/[^/]*\\.s?html?$',
    '/\\d{6}/t\\d+',
  ].join('|'),
  'i',
);
// A home page at the root or a sub-site's folder, possibly with its index file.
const ROOT_LIKE = /^\/([^/]+\/)?((index|default|main|home)\.\w+)?$/i;
const HOME_COLUMN_NAME = /首页|门户|主页/;

const pathOf = (url: string) => {
  try {
    return new URL(url).pathname;
  } catch {
    return '/';
  }
};

/**
 * Decides whether the start page is a home page. An article (ArticleTitle meta, an article address) or a
 * column page (a 当前位置 trail or a ColumnName below a non-root address) is not: the home-page rules (the
 * column catalog, 找错 entry, search, home-page updates) are then not applied and the report says why.
 */
export function classifyStartPage(page: StartPageFacts): StartPage {
  const path = pathOf(page.finalUrl || page.url);
  if (page.article || ARTICLE_PATH.test(path)) {
    return {
      kind: 'article',
      url: page.url,
      reason: page.article
        ? {
            zh: '页面带有文章标签（ArticleTitle/PubDate）',
            en: 'the page carries article meta tags (ArticleTitle/PubDate)',
          }
        : { zh: '地址是文章页的格式', en: 'the address has the form of an article page' },
    };
  }
  const trail = page.breadcrumbs.length >= 2;
  const namedColumn = !!page.columnName && !HOME_COLUMN_NAME.test(page.columnName);
  if (!ROOT_LIKE.test(path) && (trail || namedColumn)) {
    const where = trail ? page.breadcrumbs.join(' > ') : page.columnName!;
    return {
      kind: 'column',
      url: page.url,
      reason: { zh: `页面位于栏目“${where}”中`, en: `the page sits in the column "${where}"` },
    };
  }
  return { kind: 'home', url: page.url, reason: { zh: '', en: '' } };
}

/** The start-page facts of a page snapshot. */
export const startPageFacts = (page: PageSnapshot): StartPageFacts => ({
  url: page.url,
  finalUrl: page.finalUrl,
  article: !!(page.meta['articletitle'] || page.meta['pubdate']),
  breadcrumbs: page.breadcrumbs,
  ...(page.meta['columnname'] ? { columnName: page.meta['columnname'] } : {}),
});

/** The notice a report and the CLI show for a start page that is not a home page. */
export function startPageNotice(start: StartPage): Localized {
  const what = start.kind === 'article' ? ['文章页', 'an article'] : ['栏目页', 'a column page'];
  return {
    zh:
      `起始地址 ${start.url} 是${what[0]}而不是网站首页（${start.reason.zh}）：` +
      '未按首页规则检查栏目设置、首页更新、找错入口和站内搜索；请以网站首页为起始地址检查整站',
    en:
      `The start URL ${start.url} is ${what[1]}, not the site's home page (${start.reason.en}): home-page rules ` +
      '(column catalog, home-page updates, error-report entry, search) were not applied; start from the home page',
  };
}
