import type { ColumnPage } from './collect.ts';
import { normaliseName } from './normalise.ts';

export type CandidateSource = 'home' | 'menu' | 'sitemap' | 'page' | 'meta' | 'breadcrumb' | 'article';

/** A name the site gives to something that may be a column, with where it was seen. */
export interface Candidate {
  name: string;
  norm: string;
  url: string;
  source: CandidateSource;
  foundOn: string;
}

/** Where a candidate was found, best evidence first (used to break ties between equal names). */
export const SOURCE_RANK: Record<CandidateSource, number> = {
  home: 0,
  menu: 1,
  sitemap: 2,
  page: 3,
  meta: 4,
  breadcrumb: 5,
  article: 6,
};

const ARTICLE_CRUMB = /^(正文|详情|详细信息|内容|浏览文章|阅读)$/;

/** Same page despite index.html, a trailing slash or a fragment. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    u.pathname = u.pathname.replace(/\/(index|default)\.(s?html?|jsp|php|aspx?)$/i, '/').replace(/\/+$/, '') || '/';
    return u.href;
  } catch {
    return url;
  }
}

export const isHomePage = (page: Pick<ColumnPage, 'url' | 'finalUrl' | 'depth'>, siteUrl: string) =>
  page.depth === 0 || pageKey(page.url) === pageKey(siteUrl) || pageKey(page.finalUrl) === pageKey(siteUrl);

/**
 * Every column name the crawl saw: links in menus, on the home page, on site maps and near the top of the
 * site (a menu built by script is here when the page was rendered), and the names pages give themselves
 * (ColumnName meta, the last step of 当前位置).
 */
export function columnCandidates(pages: readonly ColumnPage[], siteUrl: string): Candidate[] {
  const candidates: Candidate[] = [];
  const add = (name: string, url: string, source: CandidateSource, foundOn: string) => {
    const norm = normaliseName(name);
    if (norm.length >= 2) candidates.push({ name: name.trim(), norm, url, source, foundOn });
  };
  for (const page of pages) {
    const home = isHomePage(page, siteUrl);
    for (const link of page.links) {
      add(link.text, link.url, home ? 'home' : page.sitemap ? 'sitemap' : link.menu ? 'menu' : 'page', page.url);
    }
    const crumbs = page.breadcrumbs.filter((c) => !ARTICLE_CRUMB.test(c.trim()));
    const own = crumbs[crumbs.length - 1];
    // An article names its column but is not the column's page: evidence of presence only.
    const listLike = !page.article && (page.entryCount > 0 || !!page.placeholder);
    if (page.columnName) add(page.columnName, page.url, page.article ? 'article' : 'meta', page.url);
    if (own) add(own, page.url, listLike ? 'breadcrumb' : 'article', page.url);
  }
  return candidates;
}
