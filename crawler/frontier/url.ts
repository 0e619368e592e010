// Query parameters that only track visitors; dropping them stops one page being crawled many times.
const TRACKING_PARAM = /^(utm_[a-z]+|spm|from|gclid|fbclid)$/i;

/**
 * Crawl key of a URL: http(s) only, host lower-cased, default port and fragment dropped, tracking
 * parameters removed, empty query dropped. Returns undefined for anything that is not a crawlable URL.
 */
export function normalizeUrl(input: string, base?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
  url.hash = '';
  url.username = '';
  url.password = '';
  for (const name of [...url.searchParams.keys()]) if (TRACKING_PARAM.test(name)) url.searchParams.delete(name);
  // Assigning '' also drops a bare trailing '?'.
  if (url.search === '') url.search = '';
  if (url.pathname === '') url.pathname = '/';
  return url.href;
}

/** Host without a leading "www.", so www.x.gov.cn and x.gov.cn count as one site. */
export const siteHost = (host: string): string => host.toLowerCase().replace(/^www\./, '');

export interface Scope {
  hosts: ReadonlySet<string>;
  skip: readonly RegExp[];
}

export function makeScope(
  startUrl: string,
  extraHosts: readonly string[] = [],
  skipLinks: readonly string[] = [],
): Scope {
  return {
    hosts: new Set([siteHost(new URL(startUrl).host), ...extraHosts.map(siteHost)]),
    skip: skipLinks.map((p) => new RegExp(p)),
  };
}

export const isSkipped = (url: string, scope: Scope): boolean => scope.skip.some((re) => re.test(url));

export function inScope(url: string, scope: Scope): boolean {
  if (isSkipped(url, scope)) return false;
  try {
    return scope.hosts.has(siteHost(new URL(url).host));
  } catch {
    return false;
  }
}

// Extensions of files that are probed as links but never parsed as pages.
const NOT_A_PAGE = new RegExp(
  String.raw`\.(pdf|docx?|xlsx?|pptx?|wps|et|dps|ofd|zip|rar|7z|gz|tar|jpe?g|png|gif|bmp|webp` +
    String.raw`|svg|ico|mp3|mp4|avi|flv|wmv|mov|swf|css|js|json|xml|txt|apk|exe|msi|iso)$`,
  'i',
);

export function looksLikePage(url: string): boolean {
  try {
    return !NOT_A_PAGE.test(new URL(url).pathname);
  } catch {
    return false;
  }
}
