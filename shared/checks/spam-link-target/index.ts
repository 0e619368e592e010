import { defineSiteCheck } from '../define-check.ts';
import type { ProbeResult } from '../link-probe.ts';
import type { CheckResult } from '../types.ts';
import { domainSpamScore, hostOf, isForeignHost } from '../../spam/domains.ts';
import { SPAM_FIX, VISIBLE_TO_ALL } from '../../spam/evidence.ts';
import { scoreText, spamTerms } from '../../spam/matcher.ts';
import { textTier, veto, type Tier } from '../../spam/tier.ts';
import { gather } from '../collected.ts';

interface OutboundLink {
  page: string;
  target: string;
  selector: string;
  text: string;
}

/** Outbound links kept per page: enough for any real footer or 友情链接 block. */
const PER_PAGE = 200;

/** The readable text of an HTML sample (title first); scripts and styles dropped. */
export function sampleText(html: string): string {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const body = html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]+>/g, ' ');
  return `${title}\n${body}`
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Why a probed link target counts as a spam site now; undefined when it does not. */
export function targetVerdict(
  result: ProbeResult,
  linkUrl: string,
): { terms: string[]; reason: string; tier: Tier } | undefined {
  const finalHost = hostOf(result.finalUrl);
  const linkHost = hostOf(linkUrl);
  if (finalHost && finalHost !== linkHost && domainSpamScore(finalHost).score >= 2) {
    const terms = domainSpamScore(finalHost).reasons;
    return {
      terms,
      reason: 'redirect',
      tier: veto(`外链跳转到具有违法网站特征的域名 ${finalHost}（${terms.join('、')}）`),
    };
  }
  if (!result.bodySample || result.error || result.status >= 400) return undefined;
  const text = sampleText(result.bodySample);
  const score = scoreText(text);
  // The target's page is judged like visible text of a page: dense or dodged spam is a veto, a stray term 疑似.
  const tier = textTier(score, { kind: 'visible', length: text.length });
  return tier && { terms: spamTerms(score), reason: 'content', tier };
}

/**
 * Links whose target site now serves spam: 友情链接 to domains that expired and were re-registered by
 * gambling or porn operators, or partner sites that were hacked. Probes each off-site target once.
 */
export const spamLinkTarget = defineSiteCheck<OutboundLink[]>({
  id: 'spam-link-target',
  category: 'spam',
  title: { zh: '外链目标网站含违法有害内容', en: 'Link targets that now serve spam' },
  description: {
    zh: '访问页面中的外部链接目标，查找已变为博彩、色情等违法有害网站的外链（如过期被抢注的友情链接域名）。',
    en:
      'Fetches off-site link targets and reports those that now serve gambling, porn or similar content (e.g. ' +
      'expired, re-registered partner domains).',
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  needs: ['network'],
  messages: {
    content: {
      zh: '外链目标网站现含违法有害内容（{terms}）：{target}',
      en: 'Link target now serves spam ({terms}): {target}',
    },
    redirect: {
      zh: '外链跳转到疑似违法有害网站 {finalUrl}：{target}',
      en: 'Link redirects to a suspected spam site {finalUrl}: {target}',
    },
  },
  fix: {
    zh: '立即删除或更换该外链，并复查全部友情链接和外部链接；外链应定期检查，域名到期或内容变化的及时下线。',
    en:
      'Remove or replace the link at once and re-check all partner and external links; review external links ' +
      'regularly.',
  },
  collect({ page }) {
    const links: OutboundLink[] = [];
    for (const link of page.links) {
      if (link.element !== 'a' && link.element !== 'area') continue;
      const host = hostOf(link.url);
      if (!host || !isForeignHost(host, page.finalUrl)) continue;
      links.push({ page: page.url, target: link.url.replace(/#.*$/, ''), selector: link.path, text: link.text });
      if (links.length >= PER_PAGE) break;
    }
    return links.length ? links : undefined;
  },
  async finish(collected, { probe }) {
    if (!probe) return [];
    const uses = (await gather(collected)).flat();
    const targets = [...new Set(uses.map((u) => u.target))];
    const verdicts = new Map(await Promise.all(targets.map(async (t) => [t, await probe.probe(t)] as const)));
    const results: CheckResult[] = [];
    for (const use of uses) {
      const result = verdicts.get(use.target)!;
      const verdict = targetVerdict(result, use.target);
      if (!verdict) continue;
      results.push({
        messageId: verdict.reason,
        url: use.page,
        target: use.target,
        ...verdict.tier,
        location: { selector: use.selector, element: 'a', attribute: 'href', snippet: use.text },
        data: {
          terms: verdict.terms,
          finalUrl: result.finalUrl,
          hiddenHow: 'none',
          visibleTo: VISIBLE_TO_ALL,
          ...verdict.tier.data,
        },
      });
    }
    return results;
  },
});
