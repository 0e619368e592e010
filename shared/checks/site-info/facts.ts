import type { PageSnapshot } from '../../model/page-snapshot.ts';
import {
  CONAC, CONAC_ERROR, HOST_LABEL, ICP_ANY, ICP_HOSTS, JIUCUO_HOSTS, JIUCUO_PATH, POLICE_ANY, POLICE_HOSTS,
  SEARCH_FORM, SEARCH_TEXT, SITE_CODE_LABEL,
} from './patterns.ts';

export type LinkState = 'current' | 'old' | 'other' | 'none';

/** The footer and page items one page shows (small: kept until the crawl ends). */
export interface SiteInfoFacts {
  url: string;
  finalUrl: string;
  depth?: number;
  siteCode?: string;
  siteCodeMeta?: string;
  conac?: 'ok' | 'error';
  icp?: { text: string; link: LinkState };
  police?: { text: string; link: LinkState };
  jiucuo?: { link: LinkState; siteCode?: string };
  host: boolean;
  search: boolean;
}

const hostOf = (url: string) => {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
};

function linkState(urls: string[], hosts: { current: string[]; old: string[] }): LinkState {
  const found = urls.map(hostOf);
  if (found.some((h) => hosts.current.includes(h))) return 'current';
  if (found.some((h) => hosts.old.includes(h))) return 'old';
  return urls.length ? 'other' : 'none';
}

export function siteInfoFacts(page: PageSnapshot): SiteInfoFacts {
  const text = page.textBlocks.filter((b) => !b.hidden).map((b) => b.text).join('\n');
  const links = page.links.filter((l) => !l.hidden);
  const near = (pattern: RegExp) => links.filter((l) => pattern.test(l.text)).map((l) => l.url);
  const siteCode = SITE_CODE_LABEL.exec(text)?.[1];
  const icp = ICP_ANY.exec(text)?.[0].replace(/\s+/g, '');
  const police = POLICE_ANY.exec(text)?.[0].replace(/\s+/g, '');
  const jiucuo = links.find((l) => JIUCUO_PATH.test(l.url));
  const conacLinks = links.filter((l) => CONAC.test(hostOf(l.url)));
  const icpLinks = [...near(/ICP/i), ...links.filter((l) => [...ICP_HOSTS.current, ...ICP_HOSTS.old].includes(hostOf(l.url))).map((l) => l.url)];
  const policeLinks = [...near(/公网安备/), ...links.filter((l) => [...POLICE_HOSTS.current, ...POLICE_HOSTS.old].includes(hostOf(l.url))).map((l) => l.url)];
  return {
    url: page.url,
    finalUrl: page.finalUrl,
    ...(page.depth !== undefined ? { depth: page.depth } : {}),
    ...(siteCode !== undefined ? { siteCode } : {}),
    ...(page.meta['siteidcode'] ? { siteCodeMeta: page.meta['siteidcode'] } : {}),
    ...(conacLinks.length || page.html.includes('_ideConac')
      ? { conac: conacLinks.some((l) => CONAC_ERROR.test(l.url)) ? 'error' as const : 'ok' as const } : {}),
    ...(icp ? { icp: { text: icp, link: linkState(icpLinks, ICP_HOSTS) } } : {}),
    ...(police ? { police: { text: police, link: linkState(policeLinks, POLICE_HOSTS) } } : {}),
    ...(jiucuo ? { jiucuo: { link: linkState([jiucuo.url], JIUCUO_HOSTS), ...siteCodeParam(jiucuo.url) } } : {}),
    host: HOST_LABEL.test(text),
    search: links.some((l) => SEARCH_TEXT.test(l.text)) || SEARCH_FORM.test(page.html) || page.textBlocks.some((b) => b.tag === 'button' && SEARCH_TEXT.test(b.text)),
  };
}

function siteCodeParam(url: string): { siteCode?: string } {
  try {
    const code = new URL(url).searchParams.get('site_code');
    return code ? { siteCode: code } : {};
  } catch {
    return {};
  }
}
