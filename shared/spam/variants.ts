import type { PageLink, PageSnapshot } from '../model/page-snapshot.ts';

/**
 * Other versions of the same page that a host could fetch: the raw HTML before script ran, and the page as
 * search-engine crawlers (or visitors arriving from a search engine) get it. The crawler attaches them to
 * the snapshot it checks (`withVariants`); the extension has none, so the checks that read them stay quiet.
 */
export type VariantLabel = 'raw' | 'browser' | 'baiduspider' | 'sogou' | '360spider' | 'googlebot' | 'search-referer';

export interface VariantLink {
  url: string;
  text: string;
  element: string;
  hidden?: string;
  /** Selector in that version of the page. */
  path?: string;
}

export interface PageVariant {
  label: VariantLabel;
  status: number;
  finalUrl: string;
  title: string;
  /** Visible text blocks (hidden ones are left out: they are judged on the main snapshot). */
  texts: string[];
  /** Anchors, areas, frames and meta refresh targets. */
  links: VariantLink[];
  /** The start of the served source (head and some body): how title and meta were written, which the DOM forgets. */
  source?: string;
  /** Set when the fetch failed; such a variant is not compared. */
  error?: string;
}

export interface WithVariants {
  variants?: PageVariant[];
}

const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame', 'meta']);

export function isNavigable(link: Pick<PageLink, 'element'>): boolean {
  return NAVIGABLE.has(link.element);
}

export function variantOf(label: VariantLabel, snapshot: PageSnapshot): PageVariant {
  return {
    label,
    status: snapshot.status,
    finalUrl: snapshot.finalUrl,
    title: snapshot.title,
    texts: snapshot.textBlocks.filter((b) => !b.hidden).map((b) => b.text),
    links: snapshot.links.filter(isNavigable).map((l) => ({
      url: l.url,
      text: l.text,
      element: l.element,
      path: l.path,
      ...(l.hidden ? { hidden: l.hidden } : {}),
    })),
    source: sourceStartOf(snapshot.html),
  };
}

const HEAD_MAX = 16_000;
const BODY_SAMPLE = 8_000;

function sourceStartOf(html: string): string {
  const body = html.search(/<body[\s>]/i);
  return html.slice(0, body < 0 ? HEAD_MAX : Math.min(body, HEAD_MAX) + BODY_SAMPLE);
}

/** The start of the page's source as the server sent it: the raw variant's for a rendered page, else its own. */
export function servedSource(page: PageSnapshot): string {
  const raw = variantsOf(page).find((v) => v.label === 'raw' && !v.error);
  return (page.rendered && raw?.source) || sourceStartOf(page.html);
}

export function failedVariant(label: VariantLabel, error: string): PageVariant {
  return { label, status: 0, finalUrl: '', title: '', texts: [], links: [], error };
}

/** The snapshot with variants attached (a new object; the snapshot itself is not changed). */
export function withVariants(snapshot: PageSnapshot, variants: PageVariant[]): PageSnapshot & WithVariants {
  const previous = (snapshot as PageSnapshot & WithVariants).variants ?? [];
  return {
    ...snapshot,
    variants: [...previous.filter((v) => !variants.some((n) => n.label === v.label)), ...variants],
  };
}

export function variantsOf(page: PageSnapshot): PageVariant[] {
  return (page as PageSnapshot & WithVariants).variants ?? [];
}

/**
 * Links of a rendered page that its raw HTML does not have: written by script at run time. Empty when the
 * page was not rendered or no raw variant is attached.
 */
export function scriptAddedLinks(page: PageSnapshot): Set<string> {
  const raw = variantsOf(page).find((v) => v.label === 'raw' && !v.error);
  if (!page.rendered || !raw) return new Set();
  const before = new Set(raw.links.map((l) => l.url));
  return new Set(page.links.filter((l) => isNavigable(l) && !before.has(l.url)).map((l) => l.url));
}

/**
 * Links hidden in the served HTML that the rendered page no longer has: a script that replaces the page for
 * people (script cloaking) takes its hidden link farm along, but spiders still get it. Empty without both.
 */
export function servedOnlyHiddenLinks(page: PageSnapshot): PageLink[] {
  const raw = variantsOf(page).find((v) => v.label === 'raw' && !v.error);
  if (!page.rendered || !raw) return [];
  const now = new Set(page.links.map((l) => l.url));
  return raw.links
    .filter((l) => l.hidden && !now.has(l.url))
    .map((l) => ({
      url: l.url,
      raw: l.url,
      element: l.element,
      attribute: l.element === 'a' || l.element === 'area' ? 'href' : 'src',
      text: l.text,
      path: l.path ?? l.element,
      hidden: l.hidden,
    }));
}

/**
 * Text blocks of a rendered page that the raw HTML does not show: written by script. Spam text found there is
 * labelled `added-by-script` (it still needs the visible threshold: pages rendered for their ajax lists would
 * otherwise get the lower one everywhere).
 */
export function scriptAddedTexts(page: PageSnapshot): Set<string> {
  const raw = variantsOf(page).find((v) => v.label === 'raw' && !v.error);
  if (!page.rendered || !raw) return new Set();
  const before = new Set(raw.texts);
  return new Set(page.textBlocks.filter((b) => !b.hidden && !before.has(b.text)).map((b) => b.text));
}
