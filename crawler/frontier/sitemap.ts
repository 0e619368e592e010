import type { HttpClient } from '../fetch/http-client.ts';

const LOC = /<loc>\s*(?:<!\[CDATA\[)?\s*([^<\]\s]+)\s*(?:\]\]>)?\s*<\/loc>/gi;

export function parseSitemap(xml: string): { urls: string[]; sitemaps: string[] } {
  const locs = [...xml.matchAll(LOC)].map((m) => m[1].replace(/&amp;/g, '&'));
  return /<sitemapindex/i.test(xml) ? { urls: [], sitemaps: locs } : { urls: locs, sitemaps: [] };
}

/**
 * URLs listed by the sitemaps (nested indexes followed once), at most `limit`. Only sitemaps `ownSite` admits
 * are fetched: a robots.txt or an index naming another host (an intranet service, a third party) is no
 * reason to send it a request.
 */
export async function readSitemaps(
  client: HttpClient,
  sitemapUrls: string[],
  limit: number,
  ownSite: (url: string) => boolean,
): Promise<string[]> {
  const urls: string[] = [];
  const queue = [...sitemapUrls];
  const seen = new Set<string>();
  while (queue.length && urls.length < limit && seen.size < 50) {
    const next = queue.shift()!;
    if (seen.has(next) || !ownSite(next)) continue;
    seen.add(next);
    const res = await client.fetch(next, 'full');
    if (res.error || res.status !== 200 || !res.body) continue;
    const parsed = parseSitemap(new TextDecoder().decode(res.body));
    urls.push(...parsed.urls.slice(0, limit - urls.length));
    queue.push(...parsed.sitemaps);
  }
  return urls;
}
