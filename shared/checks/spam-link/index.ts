import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import type { PageLink } from '../../model/page-snapshot.ts';
import { judgeLink, SPAM_FIX, VISIBLE_TO_ALL, VISIBLE_TO_SOURCE } from '../../spam/evidence.ts';
import { spamTerms } from '../../spam/matcher.ts';
import { isNavigable } from '../../spam/variants.ts';
import { concealmentOf, containerOf } from './concealment.ts';

/** Hidden off-site links in one container from which a link farm is suspected. */
const CLUSTER_MIN = 3;
/** Adjacent off-site links in a footer from which a link farm is suspected. */
const FOOTER_RUN_MIN = 8;

interface Options {
  /** Hosts known to serve spam (exact host or parent domain), e.g. from the operator's own list. */
  blockedDomains?: string[];
}

/** Links to gambling/porn/black-market sites, hidden off-site link farms, and runs of off-site footer links. */
export const spamLink = definePageCheck({
  id: 'spam-link',
  category: 'spam',
  title: { zh: '暗链与违法有害链接', en: 'Hidden and spam links' },
  description: {
    zh: '查找指向博彩、色情等网站的链接（含隐藏、脚本写入、滚动条和微型框架中的暗链）以及成片的外部链接。',
    en: 'Finds links to gambling, porn and similar sites (including hidden, script-written, marquee and tiny-frame links) and link farms.',
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  messages: {
    visible: { zh: '页面链接指向疑似违法有害网站：{target}（{evidence}）', en: 'Link to a suspected spam site: {target} ({evidence})' },
    hidden: {
      zh: '暗链（{hiddenHow}）指向疑似违法有害网站：{target}（{evidence}）',
      en: 'Hidden link ({hiddenHow}) to a suspected spam site: {target} ({evidence})',
    },
    'hidden-frame': { zh: '隐藏的外部框架（{hiddenHow}）：{target}，需人工复核', en: 'Hidden off-site frame ({hiddenHow}): {target}; review' },
    'hidden-offsite': {
      zh: '隐藏的外部链接（{hiddenHow}）：{target}，需人工复核',
      en: 'Hidden off-site link ({hiddenHow}): {target}; review',
    },
    'hidden-cluster': {
      zh: '同一隐藏区域（{hiddenHow}）内有 {count} 个外部链接，疑似暗链，需人工复核',
      en: '{count} off-site links in one hidden container ({hiddenHow}); suspected link farm, review',
    },
    'footer-run': {
      zh: '页面底部连续出现 {count} 个外部网站链接，疑似被植入的链接群，需人工复核',
      en: '{count} consecutive off-site links in the footer; suspected link farm, review',
    },
  },
  fix: SPAM_FIX,
  run({ page, options }) {
    const blocked = (options as Options).blockedDomains ?? [];
    const conceal = concealmentOf(page);
    const results: CheckResult[] = [];
    const clusters = new Map<string, PageLink[]>();
    let footerRun: PageLink[] = [];
    const closeFooterRun = () => {
      if (footerRun.length >= FOOTER_RUN_MIN) results.push(groupResult('footer-run', footerRun, 'none', VISIBLE_TO_ALL));
      footerRun = [];
    };
    for (const link of page.links.filter(isNavigable)) {
      const how = conceal(link);
      const verdict = judgeLink(link.url, link.text, page.finalUrl, how !== undefined, blocked);
      if (!verdict?.foreign || link.region !== 'footer' || how || verdict.spam) closeFooterRun();
      if (!verdict) continue;
      const visibleTo = how === 'added-by-script' ? ['browser'] : how ? VISIBLE_TO_SOURCE : VISIBLE_TO_ALL;
      if (verdict.spam) {
        const evidence = [...spamTerms(verdict.anchor), ...verdict.domain.reasons];
        results.push({ messageId: how ? 'hidden' : 'visible', target: link.url, text: link.text || undefined,
          location: { selector: link.path, element: link.element, attribute: link.attribute, snippet: link.text },
          data: { hiddenHow: how ?? 'none', visibleTo, evidence, region: link.region ?? null } });
      } else if (how && verdict.foreign && (link.element === 'iframe' || link.element === 'frame')) {
        results.push(reviewResult('hidden-frame', link, how));
      } else if (how && verdict.foreign) {
        const key = `${containerOf(link.path)}\u0000${how}`;
        clusters.set(key, [...(clusters.get(key) ?? []), link]);
      } else if (verdict.foreign && link.region === 'footer' && !how) {
        footerRun.push(link);
      }
    }
    closeFooterRun();
    for (const [key, links] of clusters) {
      const how = key.split('\u0000')[1];
      if (links.length >= CLUSTER_MIN) results.push(groupResult('hidden-cluster', links, how, VISIBLE_TO_SOURCE));
      else results.push(...links.map((l) => reviewResult('hidden-offsite', l, how)));
    }
    return results;
  },
});

function groupResult(messageId: string, links: PageLink[], hiddenHow: string, visibleTo: string[]): CheckResult {
  return {
    messageId,
    outcome: 'incomplete',
    severity: 'major',
    target: links[0].url,
    location: { selector: containerOf(links[0].path), element: links[0].element, snippet: links.map((l) => l.text).join(' | ').slice(0, 200) },
    data: { count: links.length, urls: links.slice(0, 20).map((l) => l.url), hiddenHow, visibleTo },
  };
}

function reviewResult(messageId: string, link: PageLink, hiddenHow: string): CheckResult {
  return {
    messageId,
    outcome: 'incomplete',
    severity: 'major',
    target: link.url,
    location: { selector: link.path, element: link.element, attribute: link.attribute, snippet: link.text },
    data: { hiddenHow, visibleTo: hiddenHow === 'added-by-script' ? ['browser'] : VISIBLE_TO_SOURCE },
  };
}
