import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import type { PageLink } from '../../model/page-snapshot.ts';
import { hostOf } from '../../spam/domains.ts';
import { isKnownService } from '../../spam/known-services.ts';
import { judgeLink, SPAM_FIX, VISIBLE_TO_ALL, VISIBLE_TO_SOURCE, type LinkJudgement } from '../../spam/evidence.ts';
import { suspect, veto } from '../../spam/tier.ts';
import { spamTerms } from '../../spam/matcher.ts';
import { isNavigable, servedOnlyHiddenLinks } from '../../spam/variants.ts';
import { concealmentOf, containerOf } from './concealment.ts';
import { BLOCKED_DOMAINS_OPTION } from '../../spam/blocked-domains-option.ts';
import { evidenceWords, hidingWords } from '../../spam/reason-labels.ts';

/** Hidden off-site links in one container from which a link farm is suspected. */
const CLUSTER_MIN = 3;
/** Targets listed in a finding's data (the locations keep every link). */
const MAX_TARGETS = 50;
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
    en:
      'Finds links to gambling, porn and similar sites (including hidden, script-written, marquee and tiny-frame' +
      ' links) and link farms.',
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  options: { schema: { blockedDomains: BLOCKED_DOMAINS_OPTION }, defaults: { blockedDomains: [] } },
  messages: {
    visible: {
      zh: '页面链接指向疑似违法有害网站：{target}（{evidence}）',
      en: 'Link to a suspected spam site: {target} ({evidence})',
    },
    hidden: {
      zh: '暗链（{hiddenHow}）：同一区域 {count} 个隐藏链接，指向疑似违法有害网站：{hosts}（{evidence}）',
      en: 'Hidden links ({hiddenHow}): {count} in one block, to suspected spam sites: {hosts} ({evidence})',
    },
    'hidden-frame': {
      zh: '隐藏的外部框架（{hiddenHow}）：{target}，需人工复核',
      en: 'Hidden off-site frame ({hiddenHow}): {target}; review',
    },
    'hidden-offsite': {
      zh: '隐藏的外部链接（{hiddenHow}）：{hosts}，疑似暗链，需人工复核',
      en: 'Hidden off-site link ({hiddenHow}): {hosts}; suspected hidden link, review',
    },
    'hidden-cluster': {
      zh: '同一隐藏区域（{hiddenHow}）内有 {count} 个外部链接，疑似暗链，需人工复核：{hosts}',
      en: '{count} off-site links in one hidden block ({hiddenHow}); suspected link farm, review: {hosts}',
    },
    'hidden-own': {
      zh: '本站隐藏链接的文字含违法有害词语（{evidence}），需人工复核：{target}',
      en: 'Hidden links of the site itself with spam words ({evidence}); review: {target}',
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
    // Hidden or script-written links by container: one farm, one finding (C1).
    const farms = new Map<string, Judged[]>();
    let footerRun: PageLink[] = [];
    const closeFooterRun = () => {
      if (footerRun.length >= FOOTER_RUN_MIN) results.push(footerRunResult(footerRun));
      footerRun = [];
    };
    for (const link of [...page.links.filter(isNavigable), ...servedOnlyHiddenLinks(page)]) {
      const how = conceal(link);
      const verdict = judgeLink(link.url, link.text, page.finalUrl, how !== undefined, blocked);
      if (!verdict?.foreign || link.region !== 'footer' || how || verdict.spam) closeFooterRun();
      if (!verdict) continue;
      if (how && !verdict.spam && (!verdict.foreign || isExpectedHidden(link))) continue;
      if (how && !verdict.spam && (link.element === 'iframe' || link.element === 'frame')) {
        results.push(frameResult(link, how));
      } else if (how) {
        const key = `${containerOf(link.path)}\u0000${how}`;
        farms.set(key, [...(farms.get(key) ?? []), { link, verdict }]);
      } else if (verdict.spam) {
        results.push(visibleResult(link, verdict));
      } else if (verdict.foreign && link.region === 'footer') {
        footerRun.push(link);
      }
    }
    closeFooterRun();
    for (const [key, links] of farms) results.push(farmResult(links, key.split('\u0000')[1]));
    return results;
  },
});

/** Credit lines CMS vendors put (often hidden) in every page they build. */
const VENDOR_CREDIT = /^\s*(produced|powered|designed|developed|supported)\s+by\b|^\s*技术支持/i;

/** Hidden off-site links that are not 暗链: known services (share pop-ups, 找错 entry) and vendor credits. */
const isExpectedHidden = (link: PageLink) => isKnownService(link.url) || VENDOR_CREDIT.test(link.text);

interface Judged {
  link: PageLink;
  verdict: LinkJudgement;
}

const evidenceOf = (v: LinkJudgement) => [...spamTerms(v.anchor), ...v.domain.reasons];
const locationOf = (link: PageLink) => ({
  selector: link.path,
  element: link.element,
  attribute: link.attribute,
  snippet: link.text,
});
const visibleToOf = (how: string) => (how === 'added-by-script' ? ['browser'] : VISIBLE_TO_SOURCE);

/**
 * A visible link is a veto when its host itself looks like a spam site (or is blocked), or when it leaves the
 * site for an unofficial host with spam anchor text; anchor text alone on an official link is 疑似.
 */
function visibleResult(link: PageLink, verdict: LinkJudgement): CheckResult {
  const evidence = evidenceOf(verdict);
  const strongHost = verdict.domain.score >= 2;
  const why = strongHost ? '的域名具有违法网站特征' : '为外部非政府网站，且链接文字';
  const tier =
    strongHost || (verdict.foreign && verdict.anchor.score >= 3)
      ? veto(`链接目标 ${hostOf(link.url)} ${why}（${evidenceWords(evidence).zh}）`)
      : suspect(0.5);
  return {
    messageId: 'visible',
    target: link.url,
    text: link.text || undefined,
    location: locationOf(link),
    ...tier,
    data: { hiddenHow: 'none', visibleTo: VISIBLE_TO_ALL, evidence, region: link.region ?? null, ...tier.data },
    words: { evidence: evidenceWords(evidence) },
  };
}

/**
 * Hidden links of one container: a veto listing every target when any of them leaves the site as a spam link;
 * otherwise 疑似: hidden off-site links (hidden menus of partner sites exist, hidden links to nobody's site
 * rarely), or the site's own hidden menu links with spam words (彩民 on a 福彩 site's menu).
 */
function farmResult(links: Judged[], hiddenHow: string): CheckResult {
  const spam = links.filter((j) => j.verdict.spam && j.verdict.foreign);
  const worded = links.filter((j) => j.verdict.spam);
  const targets = [...new Set(links.map((j) => j.link.url))];
  const first = (spam[0] ?? worded[0] ?? links[0]).link;
  const evidence = [...new Set(worded.flatMap((j) => evidenceOf(j.verdict)))];
  const hosts = [...new Set(targets.map((t) => hostOf(t) ?? t))];
  const offsite = links.some((j) => j.verdict.foreign);
  const tier = spam.length
    ? veto(
        `隐藏（${hidingWords(hiddenHow).zh}）的 ${links.length} 个链接中 ${spam.length} 个指向违法有害网站` +
          `（${evidenceWords(evidence).zh}）`,
      )
    : suspect(!offsite ? 0.4 : links.length >= CLUSTER_MIN ? 0.7 : 0.6);
  const messageId = spam.length
    ? 'hidden'
    : !offsite
      ? 'hidden-own'
      : links.length >= CLUSTER_MIN
        ? 'hidden-cluster'
        : 'hidden-offsite';
  return {
    messageId,
    target: first.url,
    text: first.text || undefined,
    location: locationOf(first),
    count: links.length,
    locations: links.map((j) => locationOf(j.link)),
    fingerprint: hosts.sort().join('|'),
    ...tier,
    data: {
      count: links.length,
      targets: targets.slice(0, MAX_TARGETS),
      hosts: hosts.slice(0, 10),
      hiddenHow,
      visibleTo: visibleToOf(hiddenHow),
      evidence,
      ...tier.data,
    },
    words: { hiddenHow: hidingWords(hiddenHow), evidence: evidenceWords(evidence) },
  };
}

function footerRunResult(links: PageLink[]): CheckResult {
  const tier = suspect(0.4);
  return {
    messageId: 'footer-run',
    target: links[0].url,
    location: {
      selector: containerOf(links[0].path),
      element: links[0].element,
      snippet: links
        .map((l) => l.text)
        .join(' | ')
        .slice(0, 200),
    },
    ...tier,
    data: {
      count: links.length,
      targets: links.slice(0, MAX_TARGETS).map((l) => l.url),
      hiddenHow: 'none',
      visibleTo: VISIBLE_TO_ALL,
      ...tier.data,
    },
  };
}

function frameResult(link: PageLink, hiddenHow: string): CheckResult {
  const tier = suspect(0.5);
  return {
    messageId: 'hidden-frame',
    ...tier,
    target: link.url,
    location: locationOf(link),
    data: { hiddenHow, visibleTo: visibleToOf(hiddenHow), ...tier.data },
    words: { hiddenHow: hidingWords(hiddenHow) },
  };
}
