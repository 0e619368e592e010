import type { PageSnapshot } from '../../model/page-snapshot.ts';
import type { StartPageKind } from '../../columns/start-page.ts';
import { MPS_FILING_ADDRESS, ruleApplies } from '../../indicators/rule-dates.ts';
import {
  CONAC,
  CONAC_ERROR,
  HOST_LABEL,
  ICP_ANY,
  ICP_HOSTS,
  ICP_WITH_PROVINCE,
  JIUCUO_HOSTS,
  JIUCUO_PATH,
  JIUCUO_SCRIPT_PATH,
  JIUCUO_SCRIPT_TAG,
  POLICE_ANY,
  POLICE_HOSTS,
  POLICE_WITH_PROVINCE,
  SCRIPT_FOOTER,
  SEARCH_FORM,
  SEARCH_TEXT,
  SITE_CODE_LABEL,
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
  /** The start page only: an article or column page given as the start URL gets no home-page rules. */
  startKind?: StartPageKind;
  /** The raw page leaves its footer to a script that was not run: items not found are only 疑似. */
  scriptFooter?: boolean;
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

const INLINE_SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script>/gi;
const MAX_SCRIPT_TEXT = 20_000;
const FULL_WIDTH_OFFSET = 0xfee0;

/**
 * Where footer items can be read: visible text, images' alt and links' titles (备案 badges), and what inline
 * scripts write (document.write footers of older templates); full-width letters and digits folded (ＩＣＰ).
 */
function footerText(page: PageSnapshot, links: PageSnapshot['links']): string {
  const visible = page.textBlocks.filter((b) => !b.hidden).map((b) => b.text);
  const labels = links.filter((l) => l.text).map((l) => l.text);
  const scripts = [...page.html.matchAll(INLINE_SCRIPT)]
    .map((m) => m[1])
    .join('\n')
    .slice(0, MAX_SCRIPT_TEXT);
  return [...visible, ...labels, scripts]
    .join('\n')
    .replace(/[Ａ-Ｚａ-ｚ０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - FULL_WIDTH_OFFSET));
}

/** A filing number ends at its 号 (and -n): "晋公网安备14010502050691号网站标识码…" is cut after 号. */
const filingNumber = (raw: string | undefined) => {
  const text = raw?.replace(/\s+/g, '');
  return text && (/^.*?备[:：]?\d+(号)?(-\d{1,3})?/.exec(text)?.[0] ?? text);
};

/** Before a new address is in force the old one is the current one (both accepted). */
function hostsAsOf(hosts: { current: string[]; old: string[] }, since: string, asOf: string | undefined) {
  return !asOf || ruleApplies(since, asOf) ? hosts : { current: [...hosts.current, ...hosts.old], old: [] };
}

export function siteInfoFacts(page: PageSnapshot, asOf?: string): SiteInfoFacts {
  const links = page.links.filter((l) => !l.hidden);
  const text = footerText(page, links);
  const near = (pattern: RegExp) => links.filter((l) => pattern.test(l.text)).map((l) => l.url);
  const siteCode = SITE_CODE_LABEL.exec(text)?.[1];
  const icp = filingNumber((ICP_WITH_PROVINCE.exec(text) ?? ICP_ANY.exec(text))?.[0]);
  const police = filingNumber((POLICE_WITH_PROVINCE.exec(text) ?? POLICE_ANY.exec(text))?.[0]);
  const jiucuo = links.find((l) => JIUCUO_PATH.test(l.url) || JIUCUO_SCRIPT_PATH.test(l.url));
  const jiucuoTag = JIUCUO_SCRIPT_TAG.exec(page.html)?.[0];
  const conacLinks = links.filter((l) => CONAC.test(hostOf(l.url)));
  const icpLinks = [
    ...near(/ICP/i),
    ...links.filter((l) => [...ICP_HOSTS.current, ...ICP_HOSTS.old].includes(hostOf(l.url))).map((l) => l.url),
  ];
  const policeLinks = [
    ...near(/公网安备/),
    ...links.filter((l) => [...POLICE_HOSTS.current, ...POLICE_HOSTS.old].includes(hostOf(l.url))).map((l) => l.url),
  ];
  return {
    url: page.url,
    finalUrl: page.finalUrl,
    ...(page.depth !== undefined ? { depth: page.depth } : {}),
    ...(siteCode !== undefined ? { siteCode } : {}),
    ...(page.meta['siteidcode'] ? { siteCodeMeta: page.meta['siteidcode'] } : {}),
    ...(conacLinks.length || page.html.includes('_ideConac')
      ? { conac: conacLinks.some((l) => CONAC_ERROR.test(l.url)) ? ('error' as const) : ('ok' as const) }
      : {}),
    ...(icp ? { icp: { text: icp, link: linkState(icpLinks, ICP_HOSTS) } } : {}),
    ...(police
      ? {
          police: {
            text: police,
            link: linkState(policeLinks, hostsAsOf(POLICE_HOSTS, MPS_FILING_ADDRESS.since, asOf)),
          },
        }
      : {}),
    ...(jiucuo || jiucuoTag ? { jiucuo: jiucuoFacts(jiucuo?.url, jiucuoTag) } : {}),
    host: HOST_LABEL.test(text),
    search:
      links.some((l) => SEARCH_TEXT.test(l.text)) ||
      SEARCH_FORM.test(page.html) ||
      page.textBlocks.some((b) => b.tag === 'button' && SEARCH_TEXT.test(b.text)),
    ...(!page.rendered && !page.rendersAsServed && SCRIPT_FOOTER.test(page.html) ? { scriptFooter: true } : {}),
  };
}

/** The 找错 entry: a link's host and site_code, or the script tag's src host and sitecode attribute. */
function jiucuoFacts(url: string | undefined, tag: string | undefined): NonNullable<SiteInfoFacts['jiucuo']> {
  const tagCode = tag && /\bsitecode\s*=\s*["']?(\w+)/i.exec(tag)?.[1];
  const state = url ? linkState([url], JIUCUO_HOSTS) : 'other';
  return { link: state, ...(url ? siteCodeParam(url) : {}), ...(tagCode ? { siteCode: tagCode } : {}) };
}

function siteCodeParam(url: string): { siteCode?: string } {
  try {
    const code = new URL(url).searchParams.get('site_code');
    return code ? { siteCode: code } : {};
  } catch {
    return {};
  }
}
