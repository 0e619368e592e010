import type { PageLink, PageSnapshot } from '../model/page-snapshot.ts';

/** One occurrence of a link on a page: where it is and where it points. */
export interface LinkUse {
  page: string;
  /** Absolute URL without #fragment (what is fetched), or the raw text when it does not parse. */
  target: string;
  /** Fragment as written (without #), when there is one. */
  fragment?: string;
  raw: string;
  element: string;
  attribute: string;
  selector: string;
  text: string;
  /** The link is on the site's start page (inspectors weigh those 10× — NAT-D20). */
  home?: boolean;
  /** nav/header/footer/aside: part of the template every page repeats. */
  region?: PageLink['region'];
}

const TEMPLATE_REGIONS = new Set(['nav', 'header', 'footer', 'aside']);

/** Occurrences of the page's links that `keep` selects, one per target and element. */
export function linkUses(page: PageSnapshot, siteUrl: string, keep: (link: PageLink) => boolean): LinkUse[] {
  const seen = new Set<string>();
  const uses: LinkUse[] = [];
  const home = page.url === siteUrl || page.finalUrl === siteUrl;
  for (const link of page.links) {
    if (!keep(link)) continue;
    const hash = link.url.indexOf('#');
    const target = hash < 0 ? link.url : link.url.slice(0, hash);
    const fragment = hash < 0 ? undefined : link.url.slice(hash + 1);
    const key = `${link.url}\u0000${link.path}`;
    if (seen.has(key)) continue;
    seen.add(key);
    uses.push({
      page: page.url,
      target,
      ...(fragment ? { fragment } : {}),
      raw: link.raw,
      element: link.element,
      attribute: link.attribute,
      selector: link.path,
      text: link.text,
      ...(home ? { home } : {}),
      ...(link.region && TEMPLATE_REGIONS.has(link.region) ? { region: link.region } : {}),
    });
  }
  return uses;
}

/**
 * Gives every use of one template link (same region, target and text on many pages) the selector it has
 * on the first page (by URL), so the report merges them into one finding even where page layouts shift its
 * path. Works on a stream: note() every use in a first pass, then align() them in a second.
 */
export class TemplateSelectors {
  private readonly first = new Map<string, { page: string; selector: string }>();

  note(use: LinkUse): void {
    if (!use.region) return;
    const key = templateKey(use);
    const seen = this.first.get(key);
    if (!seen || use.page.localeCompare(seen.page) < 0) this.first.set(key, { page: use.page, selector: use.selector });
  }

  /** The use with its template selector (the use itself when it is no template link). */
  align<U extends LinkUse>(use: U): U {
    const selector = use.region ? this.first.get(templateKey(use))?.selector : undefined;
    return selector === undefined || selector === use.selector ? use : { ...use, selector };
  }
}

const templateKey = (use: LinkUse) => `${use.region}\u0000${use.target}\u0000${use.fragment ?? ''}\u0000${use.text}`;

/** Where a use is, in the finding's Location shape. */
export function locationOf(use: LinkUse) {
  return { selector: use.selector, element: use.element, attribute: use.attribute, snippet: use.text || use.raw };
}
