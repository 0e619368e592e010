import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';

// Links a visitor follows (what the crawl, the link and spam checks read); resources are left out.
const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame']);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

// A clock a script writes (今天是 2026年12月7日 16:05:24 星期一) shows the visitor's time, not the site's content,
// and appears only once its timer ticked: kept out, or the evidence would depend on how long a render took.
const TIME_OF_DAY = /\d{1,2}:\d{2}/;
const CLOCK_PARTS = new RegExp(
  String.raw`\d{4}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?|\d{1,2}:\d{2}(:\d{2})?|(星期` +
    String.raw`|礼拜|周)[一二三四五六日天]|[^\p{L}\p{N}]`,
  'gu',
);
const isClock = (text: string) => TIME_OF_DAY.test(text) && text.replace(CLOCK_PARTS, '').length <= 6;

/** What the checks read of a page, normalised: visible navigable link targets and visible text blocks (no clock). */
function readable(page: PageSnapshot): Set<string> {
  const facts = new Set<string>();
  for (const link of page.links) {
    if (NAVIGABLE.has(link.element) && !link.hidden) facts.add(`link ${link.url.split('#')[0]}`);
  }
  for (const block of page.textBlocks) {
    const text = collapse(block.text);
    if (text && !block.hidden && !isClock(text)) facts.add(`text ${text}`);
  }
  return facts;
}

/**
 * Whether rendering changed what the checks read: a link or a text block the browser's page shows that the
 * raw HTML does not, or the other way round (removed by script, hidden by a style sheet).
 */
export function renderingChanges(raw: PageSnapshot, rendered: PageSnapshot): boolean {
  const before = readable(raw);
  const after = readable(rendered);
  return before.size !== after.size || [...after].some((fact) => !before.has(fact));
}
