import type { PageLink, PageSnapshot, TextBlock } from '../model/page-snapshot.ts';
import { findListDates } from '../text/dates.ts';

export interface ListEntry {
  title: string;
  url: string;
  /** yyyy-mm-dd, when the list shows one next to the title (the first date of its row). */
  date?: string;
  /** Every date of the row, in order (a 留言 row: asked, then answered). */
  dates: string[];
  /** The row's text without the title (status words such as 已回复 live here). */
  row: string;
}

const TEMPLATE_REGIONS = new Set(['nav', 'header', 'footer', 'aside']);
const NOT_AN_ENTRY = /^(更多|more|下一页|上一页|首页|尾页|末页|返回|打印|关闭|收藏|分享|top|\d+)$/i;
const MIN_TITLE = 5;
const MAX_CLIMB = 2;
const MAX_LINKS = 500;

const parentPath = (path: string) => path.slice(0, Math.max(0, path.lastIndexOf(' > ')));
const isInside = (path: string, ancestor: string) => path === ancestor || path.startsWith(`${ancestor} > `);
export const isTemplate = (item: { region?: TextBlock['region']; hidden?: string }) =>
  !!item.hidden || TEMPLATE_REGIONS.has(item.region ?? '');

/**
 * The entries of a list page (title links outside menus, header and footer) with the date shown next to
 * each: in the same block (li, p), or in a sibling cell of the same row (td → tr) when that row holds no
 * other entry. Dates inside the title itself are ignored.
 */
export function listEntries(page: PageSnapshot, asOf: string): ListEntry[] {
  const blocks = page.textBlocks.filter((b) => !isTemplate(b));
  // A <br> splits one element's text into several blocks with the same path: join them again.
  const blockByPath = new Map<string, TextBlock>();
  for (const b of blocks) {
    const known = blockByPath.get(b.path);
    blockByPath.set(b.path, known ? { ...known, text: `${known.text} ${b.text}` } : b);
  }
  // A list page shows tens of entries; site maps and link farms with thousands are cut short (cost is quadratic).
  const links = page.links
    .filter(
      (l) =>
        (l.element === 'a' || l.element === 'area') &&
        /^https?:/i.test(l.url) &&
        !isTemplate(l) &&
        l.text.length >= MIN_TITLE &&
        !NOT_AN_ENTRY.test(l.text.trim()),
    )
    .slice(0, MAX_LINKS);
  const ownBlock = (link: PageLink): TextBlock | undefined => {
    for (let path = parentPath(link.path); path; path = parentPath(path)) {
      const block = blockByPath.get(path);
      if (block) return block;
    }
    return undefined;
  };
  const linksIn = (path: string) => links.filter((l) => isInside(l.path, path));
  const withoutTitles = (texts: string[], titles: string[]) => {
    let text = texts.join(' ');
    for (const t of titles) text = text.replace(t, ' ');
    return text.replace(/\s+/g, ' ').trim();
  };
  const datesOf = (text: string) => findListDates(text, asOf).map((d) => d.iso);

  // Row text and dates depend on the block only: computed once per block, not once per link in it
  // (every link re-stripped all its siblings from the block: 38 s of CPU for one 10,000-link page).
  const blockRows = new Map<string, { siblings: PageLink[]; row: string; all: string[] }>();
  const rowOf = (block: TextBlock) => {
    let known = blockRows.get(block.path);
    if (!known) {
      const siblings = linksIn(block.path);
      const row = withoutTitles(
        [block.text],
        siblings.map((l) => l.text),
      );
      blockRows.set(block.path, (known = { siblings, row, all: datesOf(row) }));
    }
    return known;
  };

  const entries: ListEntry[] = [];
  const seen = new Set<string>();
  for (const link of links) {
    const key = `${link.url}\u0000${link.text}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const block = ownBlock(link);
    let dates: string[] = [];
    let row = '';
    if (block) {
      const { siblings, all, row: blockRow } = rowOf(block);
      row = blockRow;
      // Several titles in one block: pair titles and dates in order when the counts agree.
      dates = siblings.length === 1 ? all : all.length === siblings.length ? [all[siblings.indexOf(link)]] : [];
      for (
        let path = parentPath(block.path), climbs = 0;
        !dates.length && path && climbs < MAX_CLIMB;
        path = parentPath(path), climbs++
      ) {
        if (linksIn(path).length !== 1) break;
        const text = withoutTitles(
          blocks.filter((b) => isInside(b.path, path)).map((b) => b.text),
          [link.text],
        );
        dates = datesOf(text);
        if (dates.length) row = text;
      }
    }
    entries.push({ title: link.text, url: link.url, ...(dates.length ? { date: dates[0] } : {}), dates, row });
  }
  return entries;
}
