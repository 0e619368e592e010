import type { VariantLabel } from '../../shared/spam/variants.ts';

/** A desktop Chrome on Windows: what an ordinary visitor's browser sends. */
export const BROWSER_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0.0.0 Safari/537.36';

export interface VisitorProfile {
  label: VariantLabel;
  /** Request headers that make the request look like this visitor. */
  headers: (url: string) => Record<string, string>;
}

const asUserAgent = (ua: string) => () => ({ 'user-agent': ua });

/**
 * The visitors cloaked pages tell apart: a browser (the baseline), the crawlers of the search engines Chinese
 * sites care about, and a browser arriving from a Baidu result page (referer-based hijacking).
 */
export const VISITOR_PROFILES: readonly VisitorProfile[] = [
  { label: 'browser', headers: asUserAgent(BROWSER_UA) },
  {
    label: 'baiduspider',
    headers: asUserAgent('Mozilla/5.0 (compatible; Baiduspider/2.0; +http://www.baidu.com/search/spider.html)'),
  },
  { label: 'sogou', headers: asUserAgent('Sogou web spider/4.0(+http://www.sogou.com/docs/help/webmasters.htm#07)') },
  {
    label: '360spider',
    headers: asUserAgent('Mozilla/5.0 (compatible; MSIE 9.0; Windows NT 6.1; Trident/5.0); 360Spider'),
  },
  {
    label: 'googlebot',
    headers: asUserAgent('Mozilla/5.0 (compatible; Googlebot/2.1; +http://www.google.com/bot.html)'),
  },
  {
    label: 'search-referer',
    headers: (url) => ({
      'user-agent': BROWSER_UA,
      referer: `https://www.baidu.com/s?wd=${encodeURIComponent(new URL(url).hostname)}`,
    }),
  },
];
