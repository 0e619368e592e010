import type { LinkLevel } from './support.ts';

/** What the check keeps of a crawled page at depth 0 or 1: where it is and where it links to. */
export interface LinkingPage {
  url: string;
  depth: number;
  links: string[];
}

export interface SampledLink {
  url: string;
  level: LinkLevel;
  /** Page the link was found on (the home page for level 1). */
  from: string;
}

const withoutFragment = (url: string) => url.replace(/#.*$/, '');

/**
 * The home page, then 二级链接 (links on the home page), then 三级链接 (links on second-level pages), each URL
 * once at its lowest level, at most `max` in all. Pages are taken in URL order so a sample does not depend on
 * which crawl worker finished first.
 */
export function sampleLinks(home: string, pages: readonly LinkingPage[], max: number): SampledLink[] {
  const sample = new Map<string, SampledLink>([
    [withoutFragment(home), { url: withoutFragment(home), level: 1, from: home }],
  ]);
  const ordered = [...pages].sort((a, b) => a.depth - b.depth || a.url.localeCompare(b.url));
  for (const page of ordered) {
    const level: LinkLevel = page.depth === 0 ? 2 : 3;
    for (const link of page.links) {
      const url = withoutFragment(link);
      if (sample.size >= max) return [...sample.values()];
      if (!sample.has(url)) sample.set(url, { url, level, from: page.url });
    }
  }
  return [...sample.values()];
}
