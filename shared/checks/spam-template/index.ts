import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { domainSpamScore, hostOf, isForeignHost } from '../../spam/domains.ts';
import { isSpamScore, scoreText, SPAM_FIX, VISIBLE_TO_SOURCE } from '../../spam/evidence.ts';
import { junkMarkup, scriptSigns } from '../../spam/markup.ts';
import { spamTerms } from '../../spam/matcher.ts';

/** Adjacent empty id-only elements from which the spam-template pattern is reported. */
const EMPTY_RUN_MIN = 8;
/** Distinct made-up tag names from which the pattern is reported. */
const UNKNOWN_TAGS_MIN = 4;
/** Characters followed by bracketed pinyin in one block, from which filter dodging is reported. */
const PINYIN_MIN = 3;

/** Signs of a tampered page or a spam template: junk tags, obfuscated loaders, search-referrer redirects, pinyin dodging. */
export const spamTemplate = definePageCheck({
  id: 'spam-template',
  category: 'spam',
  title: { zh: '篡改与垃圾模板特征', en: 'Tampering and spam-template signs' },
  description: {
    zh: '查找被篡改页面的特征：成串的无意义标签、混淆加密的脚本、针对搜索引擎来访者的跳转、为躲避过滤插入的拼音。',
    en: 'Finds signs of tampering: runs of junk tags, obfuscated scripts, redirects of search-engine visitors, pinyin inserted to dodge filters.',
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  messages: {
    'junk-tags': {
      zh: '页面含成串的无意义标签（{detail}），是常见的垃圾页面模板特征，需人工复核',
      en: 'Runs of junk tags ({detail}), a common spam-template sign; review',
    },
    'obfuscated-spam': {
      zh: '混淆脚本解码后含违法有害信息：{terms}',
      en: 'Obfuscated script decodes to spam: {terms}',
    },
    'obfuscated-script': {
      zh: '页面含混淆加密的内联脚本，可能被挂马，需人工复核',
      en: 'Obfuscated inline script, possible malicious injection; review',
    },
    'referrer-redirect': {
      zh: '脚本根据来路（搜索引擎）跳转访客，疑似跳转劫持',
      en: 'Script redirects visitors arriving from search engines (hijacking)',
    },
    'pinyin-dodge': {
      zh: '文字中插入拼音（{text}），疑似为躲避过滤而改写的镜像页面，需人工复核',
      en: 'Pinyin inserted into words ({text}), a sign of a rewritten mirror page; review',
    },
    'spam-script-host': {
      zh: '页面加载了疑似违法有害网站的脚本：{target}，可能被挂马',
      en: 'Script loaded from a suspected spam host: {target} (possible malicious injection)',
    },
    'foreign-refresh': { zh: '页面自动跳转到外部网站：{target}', en: 'Page refreshes to an off-site address: {target}' },
  },
  fix: SPAM_FIX,
  run({ page }) {
    const results: CheckResult[] = [];
    const junk = junkMarkup(page.html);
    const unknown = Object.keys(junk.unknownTags);
    if (junk.emptyRun >= EMPTY_RUN_MIN || unknown.length >= UNKNOWN_TAGS_MIN) {
      results.push({ messageId: 'junk-tags', outcome: 'incomplete', severity: 'major',
        location: { snippet: junk.sample.join('') || unknown.map((t) => `<${t}>`).join('') },
        data: { detail: junk.emptyRun >= EMPTY_RUN_MIN ? `${junk.emptyRun} empty id-only elements` : `tags ${unknown.join(', ')}`,
          emptyRun: junk.emptyRun, unknownTags: unknown, hiddenHow: 'junk-markup', visibleTo: VISIBLE_TO_SOURCE } });
    }
    const scripts = scriptSigns(page.html);
    const decoded = scoreText(scripts.decoded.join('\n'));
    if (isSpamScore(decoded, true)) {
      results.push({ messageId: 'obfuscated-spam', text: spamTerms(decoded)[0], location: { element: 'script', snippet: scripts.obfuscated },
        data: { terms: spamTerms(decoded), hiddenHow: 'obfuscated-script', visibleTo: ['browser'] } });
    } else if (scripts.obfuscated) {
      results.push({ messageId: 'obfuscated-script', outcome: 'incomplete', severity: 'major',
        location: { element: 'script', snippet: scripts.obfuscated }, data: { hiddenHow: 'obfuscated-script', visibleTo: ['browser'] } });
    }
    if (scripts.referrerRedirect) {
      results.push({ messageId: 'referrer-redirect', location: { element: 'script', snippet: scripts.referrerRedirect },
        data: { hiddenHow: 'referrer-redirect', visibleTo: ['search-referer'] } });
    }
    for (const block of page.textBlocks) {
      const pinyin = block.text.match(/[\u3400-\u9fff][(（][a-z]{1,6}[1-4]?[)）]/gi) ?? [];
      if (pinyin.length < PINYIN_MIN) continue;
      results.push({ messageId: 'pinyin-dodge', outcome: 'incomplete', severity: 'major', text: pinyin.slice(0, 3).join(' '),
        location: { selector: block.path, element: block.tag, context: block.text.slice(0, 80) },
        data: { count: pinyin.length, hiddenHow: 'pinyin', visibleTo: ['all-visitors'] } });
    }
    for (const script of page.links.filter((l) => l.element === 'script')) {
      const host = hostOf(script.url);
      if (!host || !isForeignHost(host, page.finalUrl) || domainSpamScore(host).score < 2) continue;
      results.push({ messageId: 'spam-script-host', target: script.url,
        location: { selector: script.path, element: 'script', attribute: 'src' },
        data: { hiddenHow: 'external-script', visibleTo: ['browser'], evidence: domainSpamScore(host).reasons } });
    }
    const refresh = page.links.find((l) => l.element === 'meta');
    const refreshHost = refresh && hostOf(refresh.url);
    if (refresh && refreshHost && isForeignHost(refreshHost, page.finalUrl)) {
      const spammy = domainSpamScore(refreshHost).score >= 2;
      results.push({ messageId: 'foreign-refresh', target: refresh.url, ...(spammy ? {} : { outcome: 'incomplete' as const, severity: 'major' as const }),
        location: { selector: refresh.path, element: 'meta', attribute: 'content' }, data: { hiddenHow: 'meta-refresh', visibleTo: VISIBLE_TO_SOURCE } });
    }
    return results;
  },
});
