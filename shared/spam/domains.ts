/**
 * Host facts for outbound links: whose site a link leaves to, whether that is a government host, and how
 * much a host name looks like a gambling/porn/black-market domain.
 */

// Second-level names under which the registrable domain has three labels (xx.gov.cn, xx.com.cn …).
const SECOND_LEVEL = /^(gov|com|net|org|edu|ac|mil)\.(cn|hk|mo|tw)$/;
// Hosts government pages are expected to link to: government domains, the national registries and portals, and
// the central media and large platforms a site's share buttons and media columns point at.
const OFFICIAL = new RegExp(
  `(^|\\.)(${[
    'gov\\.cn',
    'gov',
    '政务',
    '公益',
    'conac\\.cn',
    '12377\\.cn',
    '12321\\.cn',
    'cyberpolice\\.cn',
    'people\\.com\\.cn',
    'xinhuanet\\.com',
    'news\\.cn',
    'cctv\\.com',
    'cctv\\.cn',
    'cnr\\.cn',
    'chinadaily\\.com\\.cn',
    'qstheory\\.cn',
    'gmw\\.cn',
    'ce\\.cn',
    'china\\.com\\.cn',
    'youth\\.cn',
    'chinanews\\.com\\.cn',
    'chinanews\\.com',
    '12306\\.cn',
    '12315\\.cn',
    'chsi\\.com\\.cn',
    'weibo\\.com',
    'weixin\\.qq\\.com',
    'qq\\.com',
    'baidu\\.com',
    'douyin\\.com',
    'toutiao\\.com',
    'thepaper\\.cn',
  ].join('|')})$`,
);
const STRONG_TOKENS = new RegExp(
  String.raw`(casino|caipiao|bocai|dubo|duchang|baijiale|qipai|xpj|vns\d|porn|seqing|huangse` +
    String.raw`|chuanqi|sifu|banzheng|fapiao|lottery|poker|yule|betway|sbobet|1xbet|(^|[^a-z])bet` +
    String.raw`|bet\d|(^|[^a-z])(xxx|sex|av|jav|cp)([^a-z]|$))`,
);
const SUSPICIOUS_TLD = new RegExp(
  String.raw`\.(xyz|top|vip|bet|casino|poker|club|win|loan|tk|ml|ga|cf|gq|cc|ws|icu|fun|site` +
    String.raw`|online|live|porn|sex|xxx|adult|sbs|cyou|buzz)$`,
);

export function hostOf(url: string): string | undefined {
  try {
    const u = new URL(url);
    return /^https?:$/.test(u.protocol) ? u.hostname.toLowerCase().replace(/\.$/, '') : undefined;
  } catch {
    return undefined;
  }
}

/** Registrable domain, approximately (no public-suffix list: the extension must stay small). */
export function siteOf(host: string): string {
  const labels = host.split('.');
  const lastTwo = labels.slice(-2).join('.');
  return SECOND_LEVEL.test(lastTwo) ? labels.slice(-3).join('.') : lastTwo;
}

export function isOfficialHost(host: string): boolean {
  return OFFICIAL.test(host);
}

/** True when the link leaves the page's site for a host that is not a government or national registry host. */
export function isForeignHost(host: string, pageUrl: string): boolean {
  const pageHost = hostOf(pageUrl);
  if (pageHost && siteOf(pageHost) === siteOf(host)) return false;
  return !isOfficialHost(host);
}

export interface DomainVerdict {
  score: number;
  reasons: string[];
}

/** How spam-like a host name is: 2 for a gambling/porn token, 1 each for a throw-away TLD and digit runs. */
export function domainSpamScore(host: string, blocked: readonly string[] = []): DomainVerdict {
  if (blocked.some((b) => host === b || host.endsWith(`.${b}`))) return { score: 9, reasons: ['blocked-domain'] };
  const site = siteOf(host);
  const name = site.slice(0, site.indexOf('.') > 0 ? site.lastIndexOf('.') : undefined);
  const reasons: string[] = [];
  let score = 0;
  if (STRONG_TOKENS.test(host.replace(/\.[a-z]+$/, ''))) {
    score += 2;
    reasons.push('spam-token');
  }
  if (SUSPICIOUS_TLD.test(host)) {
    score += 1;
    reasons.push('suspicious-tld');
  }
  if (/\d{3,}/.test(name) || /^[\d-]+$/.test(name.split('.')[0])) {
    score += 1;
    reasons.push('digit-name');
  }
  return { score, reasons };
}
