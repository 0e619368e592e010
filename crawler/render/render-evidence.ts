import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';

// Links a visitor follows (what the crawl, the link and spam checks read); resources are left out.
const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame']);

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

/** What the checks read of a page, normalised: visible navigable link targets and visible text blocks. */
function readable(page: PageSnapshot): Set<string> {
  const facts = new Set<string>();
  for (const link of page.links) {
    if (NAVIGABLE.has(link.element) && !link.hidden) facts.add(`link ${link.url.split('#')[0]}`);
  }
  for (const block of page.textBlocks) {
    const text = collapse(block.text);
    if (text && !block.hidden) facts.add(`text ${text}`);
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
