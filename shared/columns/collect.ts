import type { PageSnapshot } from '../model/page-snapshot.ts';
import { isTemplate, listEntries } from './list-entries.ts';
import { normaliseName } from './normalise.ts';

/** A link that may name a column (short text, a page rather than a file). */
export interface ColumnLink {
  text: string;
  url: string;
  /** In the page's menu, header or side bar. */
  menu: boolean;
}

/** What the column checks keep of one page (kept small: it is held until the crawl ends). */
export interface ColumnPage {
  url: string;
  finalUrl: string;
  status: number;
  depth?: number;
  rendered: boolean;
  title: string;
  /** `<meta name="ColumnName">`. */
  columnName?: string;
  breadcrumbs: string[];
  /** An article rather than a list (ArticleTitle / PubDate meta). */
  article: boolean;
  sitemap: boolean;
  /** Column-like links; only kept for pages near the top of the site and for site maps. */
  links: ColumnLink[];
  entryCount: number;
  datedCount: number;
  latest?: string;
  /** The first entries' titles (annual reports are recognised by title). */
  titles: string[];
  placeholder?: { kind: 'blank' | 'explained'; text: string };
  /** Characters of non-template text that is not a list entry (a static column's body). */
  contentChars: number;
  /** Not rendered, and a script fetches content (AJAX list): an empty page may only look empty. */
  scriptFilled?: boolean;
  /** Not rendered, and its menu is an empty container a script fills: menu columns are unseen. */
  scriptMenu?: boolean;
}

const FILE = /\.(pdf|docx?|xlsx?|pptx?|wps|zip|rar|7z|jpe?g|png|gif|mp4|txt|xml)(\?|#|$)/i;
const SITEMAP = /网站地图|站点地图|sitemap|wzdt|zddt/i;
const PLACEHOLDER = new RegExp(
  String.raw`暂无(相关)?(信息|内容|数据|记录|文章|公开信息)|^共\s*0\s*条|正在建设|建设中|栏目维护中` +
    String.raw`|信息正在(更新|完善|整理)|内容(正在)?完善中|没有(找到)?(相关)?(信息|记录|数据` +
    String.raw`|内容)`,
);
// A page saying why it has nothing (根据三定方案, 本机关不涉及…) is an exception a person confirms.
const EXPLANATION = /(根据|按照|依据).{0,40}(职能|职责|三定|规定|不涉及|不产生)|不涉及|不产生|无此类|未产生|不承担/;
const LINK_DEPTH = 2;
const MAX_LINKS = 300;
// A big portal's home page shows hundreds of short links (departments, towns, topics) before its 互动 block.
const MAX_HOME_LINKS = 1000;
const MAX_NAME = 14;
const MAX_TITLES = 30;
/** Below this many characters of body text a page explaining itself is an explanation, not an article. */
const SHORT_PAGE = 200;
const FOOTER_ITEMS = /当前位置|您的位置|你的位置|所在位置/;
/** A navigation container with nothing inside: a script fills it (shared with the crawler's render policy). */
export const EMPTY_MENU = /<(nav|div|ul)[^>]+(id|class)=["'][^"']*(nav|menu)[^"']*["'][^>]*>\s*<\/\1>/i;
// Scripts that fetch a page's content after load: jQuery ajax/get/load, fetch, XMLHttpRequest, list templates.
const FETCHES_CONTENT =
  /\$\.(ajax|get|post|getJSON)\(|\.load\(\s*["']|\bfetch\(|XMLHttpRequest|v-for=|ng-repeat|template-list/i;

export function collectColumnPage(page: PageSnapshot, asOf: string): ColumnPage {
  // Unrendered, a page's scripts may build its list or menu, unless its template was seen to render as served.
  const scriptsMayAdd = !page.rendered && !page.rendersAsServed;
  const sitemap = SITEMAP.test(page.title) || SITEMAP.test(pathOf(page.finalUrl || page.url));
  const entries = listEntries(page, asOf);
  const dated = entries
    .filter((e) => e.date)
    .map((e) => e.date!)
    .sort();
  const main = page.textBlocks.filter((b) => !isTemplate(b) && !FOOTER_ITEMS.test(b.text));
  const entryTitles = new Set(entries.map((e) => e.title));
  const placeholderBlock = main.find((b) => b.text.length <= 80 && PLACEHOLDER.test(b.text));
  const explanation = main.find((b) => EXPLANATION.test(b.text));
  const columnName = page.meta['columnname'];
  const contentChars = main.filter((b) => !entryTitles.has(b.text)).reduce((n, b) => n + b.text.length, 0);
  const explained = explanation && entries.length === 0 && (placeholderBlock || contentChars < SHORT_PAGE);
  return {
    url: page.url,
    finalUrl: page.finalUrl,
    status: page.status,
    ...(page.depth !== undefined ? { depth: page.depth } : {}),
    rendered: page.rendered,
    title: page.title,
    ...(columnName ? { columnName } : {}),
    breadcrumbs: page.breadcrumbs,
    article: !!(page.meta['articletitle'] || page.meta['pubdate']),
    sitemap,
    links:
      sitemap || (page.depth ?? 0) <= LINK_DEPTH
        ? columnLinks(page, sitemap || page.depth === 0 ? MAX_HOME_LINKS : MAX_LINKS)
        : [],
    entryCount: entries.length,
    datedCount: dated.length,
    ...(dated.length ? { latest: dated[dated.length - 1] } : {}),
    titles: entries.slice(0, MAX_TITLES).map((e) => e.title),
    ...(explained
      ? { placeholder: { kind: 'explained' as const, text: explanation.text.slice(0, 120) } }
      : placeholderBlock && isBlankList(entries.length, dated.length, contentChars)
        ? { placeholder: { kind: 'blank' as const, text: placeholderBlock.text } }
        : {}),
    contentChars,
    ...(scriptsMayAdd && FETCHES_CONTENT.test(page.html) ? { scriptFilled: true } : {}),
    ...(scriptsMayAdd && EMPTY_MENU.test(page.html) && /<script/i.test(page.html) ? { scriptMenu: true } : {}),
  };
}

/**
 * A page that says 暂无信息 is blank when it lists nothing dated and has little text of its own: the undated
 * links a list template keeps beside the placeholder (side menus, 首页/尾页 paging) are not information.
 */
const isBlankList = (entries: number, dated: number, contentChars: number) =>
  entries === 0 || (dated === 0 && contentChars < SHORT_PAGE);

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return '';
  }
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

function columnLinks(page: PageSnapshot, max: number): ColumnLink[] {
  const seen = new Set<string>();
  const links: ColumnLink[] = [];
  const host = hostOf(page.finalUrl || page.url);
  for (const link of page.links) {
    const menu = link.region === 'nav' || link.region === 'header' || link.region === 'aside';
    // A drop-down menu's items are hidden until hovered: hidden links count in menus, to the site's own pages only.
    const hiddenOk = !link.hidden || (menu && hostOf(link.url) === host);
    // Footer links (关于本网, 联系我们, badges) are never columns.
    if (
      (link.element !== 'a' && link.element !== 'area') ||
      !hiddenOk ||
      link.region === 'footer' ||
      !/^https?:/i.test(link.url) ||
      FILE.test(link.url)
    )
      continue;
    const norm = normaliseName(link.text);
    // Column names are short and undated; longer or dated texts are article titles.
    if (norm.length < 2 || norm.length > MAX_NAME || /(19|20)\d{2}/.test(link.text)) continue;
    const url = link.url.replace(/#.*$/, '');
    const key = `${norm}\u0000${url}`;
    if (seen.has(key)) continue;
    seen.add(key);
    links.push({ text: link.text, url, menu });
    if (links.length >= max) break;
  }
  return links;
}
