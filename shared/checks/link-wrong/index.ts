import { isGovHost, wrongAddress, type WrongAddress } from '../../links/addresses.ts';
import { linkUses, locationOf, TemplateSelectors, type LinkUse } from '../../links/link-uses.ts';
import { PARKED_PHRASES } from '../../links/parked-phrases.ts';
import { htmlText } from '../../links/soft-404.ts';
import { defineSiteCheck } from '../define-check.ts';
import type { ProbeResult } from '../link-probe.ts';
import type { CheckResult } from '../types.ts';

interface WrongLinks {
  /** Links wrong by their address alone. */
  wrong: (LinkUse & { kind: WrongAddress })[];
  /** Navigable links whose landing place decides (redirect to a home page, gone government domain). */
  navigable: LinkUse[];
}

const NAVIGABLE = new Set(['a', 'area', 'iframe', 'frame']);
// Paths a site's home page is served under.
const HOME_PATH = /^\/((index|default|home|main)\.(s?html?|jsp|php|aspx?))?$/i;

/**
 * 错链: links that open the wrong thing — intranet or local addresses, removed content sent home, dead government
 * domains.
 */
export const linkWrong = defineSiteCheck<WrongLinks>({
  id: 'link-wrong',
  category: 'broken-link',
  title: { zh: '错链检查', en: 'Wrong links' },
  description: {
    zh: '检查指向内网或本机地址、本地文件路径、跳转到首页（内容已删除）以及已关停政府网站域名的链接。',
    en:
      'Finds links to intranet or loopback addresses, local file paths, links redirected to a home page (removed' +
      ' content) and links into closed government domains.',
  },
  indicators: ['NAT-D20'],
  severity: 'major',
  needs: ['network'],
  messages: {
    'private-address': {
      zh: '链接指向内网或本机地址，公众无法访问：{target}',
      en: 'Link points to an intranet or loopback address: {target}',
    },
    'local-file': {
      zh: '链接指向本地文件路径，公众无法访问：{target}',
      en: 'Link points to a local file path: {target}',
    },
    'redirect-home': {
      zh: '链接被跳转到首页，原内容可能已删除：{target} → {finalUrl}',
      en: 'Link is redirected to a home page (content removed?): {target} → {finalUrl}',
    },
    'left-government': {
      zh: '政府网站链接被跳转到非政府网站，域名可能已被他人注册：{target} → {finalUrl}',
      en: 'Government link now leads off government domains (domain re-registered?): {target} → {finalUrl}',
    },
    'parked-domain': {
      zh: '链接指向的域名已停放或出售（{phrase}）：{target}',
      en: 'Link leads to a parked or for-sale domain ({phrase}): {target}',
    },
    'gov-domain-gone': {
      zh: '链接指向已关停的政府网站域名（域名无法解析）：{target}',
      en: 'Link into a closed government domain (does not resolve): {target}',
    },
  },
  fix: {
    zh: '改为公众可访问的正式地址；内容已删除或网站已关停的，请删除该链接或改为现行网站的对应页面。',
    en: 'Use the public address; remove links to deleted content or closed sites, or point them to the current page.',
  },
  collect({ page, siteUrl }) {
    const wrong: WrongLinks['wrong'] = [];
    for (const use of linkUses(page, siteUrl, (link) => !!wrongAddress(link.raw, link.url, siteUrl))) {
      wrong.push({ ...use, kind: wrongAddress(use.raw, use.target, siteUrl)! });
    }
    const navigable = linkUses(
      page,
      siteUrl,
      (link) => NAVIGABLE.has(link.element) && /^https?:/i.test(link.url) && !wrongAddress(link.raw, link.url, siteUrl),
    );
    return { wrong, navigable };
  },
  // Two passes over the stored pages, as in link-broken: template selectors and distinct targets first, then
  // each use against its target's landing, so no pass holds every navigable link of the site.
  async finish(collected, { probe }) {
    const wrongTemplates = new TemplateSelectors();
    const navigableTemplates = new TemplateSelectors();
    const targets = new Set<string>();
    for await (const page of collected) {
      for (const use of page.wrong) wrongTemplates.note(use);
      for (const use of page.navigable) {
        navigableTemplates.note(use);
        targets.add(use.target);
      }
    }
    // Every target probed once, all in flight together; only the problems are kept.
    const problems = new Map<string, Landing>();
    const pending = probe ? [...targets].map((t) => [t, probe.probe(t).then((r) => landingOf(t, r))] as const) : [];
    for (const [target, landing] of pending) {
      const problem = await landing;
      if (problem) problems.set(target, problem);
    }
    const results: CheckResult[] = [];
    for await (const page of collected) {
      for (const use of page.wrong.map((u) => wrongTemplates.align(u))) {
        results.push({ url: use.page, target: use.raw, messageId: use.kind, location: locationOf(use) });
      }
      for (const use of page.navigable) {
        const problem = problems.get(use.target);
        const aligned = problem && navigableTemplates.align(use);
        if (aligned)
          results.push({ url: aligned.page, target: aligned.target, location: locationOf(aligned), ...problem });
      }
    }
    return results.sort(
      (a, b) => (a.url ?? '').localeCompare(b.url ?? '') || (a.target ?? '').localeCompare(b.target ?? ''),
    );
  },
});

type Landing = Pick<CheckResult, 'messageId' | 'data' | 'indicators'>;

/** What is wrong with where a navigable link leads, if anything. */
function landingOf(target: string, result: ProbeResult): Landing | undefined {
  if (result.error === 'dns' && isGovHost(target))
    return { messageId: 'gov-domain-gone', indicators: ['NAT-D20', 'NAT-D26'] };
  return !result.error && result.status < 400 ? landingProblem(target, result) : undefined;
}

/** Where a link that opened fine actually landed, when that is the wrong place. */
function landingProblem(target: string, result: ProbeResult): Pick<CheckResult, 'messageId' | 'data'> | undefined {
  const text = result.bodySample ? htmlText(result.bodySample) : undefined;
  const sample = text ? `${text.title} ${text.text.slice(0, 2000)}`.toLowerCase() : '';
  const phrase = PARKED_PHRASES.find((p) => sample.includes(p));
  if (phrase) return { messageId: 'parked-domain', data: { phrase } };
  if (result.redirects.length < 2) return undefined;
  if (isGovHost(target) && !isGovHost(result.finalUrl))
    return { messageId: 'left-government', data: { finalUrl: result.finalUrl } };
  if (isHome(result.finalUrl) && !isHome(target))
    return { messageId: 'redirect-home', data: { finalUrl: result.finalUrl } };
  return undefined;
}

function isHome(url: string): boolean {
  try {
    const u = new URL(url);
    return HOME_PATH.test(u.pathname) && !u.search;
  } catch {
    return false;
  }
}
