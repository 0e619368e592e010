import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { domainSpamScore, hostOf, isForeignHost } from '../../spam/domains.ts';
import { isSpamScore, scoreText, SPAM_FIX, VISIBLE_TO_SOURCE } from '../../spam/evidence.ts';
import { isKnownService } from '../../spam/known-services.ts';
import { entityEncodedFields, junkMarkup, scriptSigns, type JunkMarkup } from '../../spam/markup.ts';
import { spamTerms } from '../../spam/matcher.ts';
import { suspect, veto } from '../../spam/tier.ts';
import { stuffedTitleNames } from '../../spam/title-stuffing.ts';
import { servedSource } from '../../spam/variants.ts';
import type { PageSnapshot } from '../../model/page-snapshot.ts';

function junkDetail(junk: JunkMarkup, lang: 'zh' | 'en'): string {
  const zh = lang === 'zh';
  const unknown = Object.keys(junk.unknownTags);
  return [
    junk.emptyRun >= EMPTY_RUN_MIN ? `${junk.emptyRun}${zh ? ' 个连续的空标签' : ' empty id-only elements'}` : '',
    junk.wrappers >= WRAPPERS_MIN
      ? `${junk.wrappers}${zh ? ' 个嵌套的随机 id 包裹标签' : ' nested random-id wrappers'}`
      : '',
    unknown.length >= UNKNOWN_TAGS_MIN ? `${zh ? '非标准标签' : 'made-up tags'} ${unknown.join(', ')}` : '',
  ]
    .filter(Boolean)
    .join(zh ? '；' : '; ');
}

const FIELD_NAMES: Record<string, string> = { title: '标题', keywords: '关键词', description: '描述' };

/** A title naming institutions the page never mentions: written for search engines. */
function stuffedTitle(page: PageSnapshot): CheckResult[] {
  const names = stuffedTitleNames(
    page.title,
    page.textBlocks
      .filter((b) => !b.hidden)
      .map((b) => b.text)
      .join('\n'),
  );
  if (!names.length) return [];
  const tier = suspect(0.5);
  return [
    {
      messageId: 'stuffed-title',
      ...tier,
      text: page.title.slice(0, 80),
      location: { selector: 'title', element: 'title', snippet: page.title.slice(0, 200) },
      data: { names, hiddenHow: 'none', visibleTo: VISIBLE_TO_SOURCE, ...tier.data },
    },
  ];
}

/** Title and meta written as entities while the body is plain: written for search engines, past filters. */
function encodedMeta(page: PageSnapshot): CheckResult[] {
  const encoded = entityEncodedFields(servedSource(page));
  if (!encoded.fields.length) return [];
  const tier = suspect(encoded.plainBody ? 0.8 : 0.4);
  const shown = encoded.fields.includes('title') ? page.title : (page.meta[encoded.fields[0]] ?? '');
  return [
    {
      messageId: 'encoded-meta',
      ...tier,
      text: shown.slice(0, 80),
      location: { element: encoded.fields.includes('title') ? 'title' : 'meta', snippet: shown.slice(0, 200) },
      data: {
        fields: encoded.fields,
        fieldNames: encoded.fields.map((f) => FIELD_NAMES[f]),
        plainBody: encoded.plainBody,
        hiddenHow: 'entity-encoded',
        visibleTo: VISIBLE_TO_SOURCE,
        ...tier.data,
      },
    },
  ];
}

/** Adjacent empty id-only elements from which the spam-template pattern is reported. */
const EMPTY_RUN_MIN = 8;
/** Elements in nested id-only wrapper runs (`<delect id=h4sia>…`) from which the pattern is reported. */
const WRAPPERS_MIN = 9;
/** Distinct made-up tag names from which the pattern is reported. */
const UNKNOWN_TAGS_MIN = 4;
/** Characters followed by bracketed pinyin in one block, from which filter dodging is reported. */
const PINYIN_MIN = 3;

/**
 * Signs of a tampered page or a spam template: junk tags, obfuscated loaders, search-referrer redirects, pinyin
 * dodging.
 */
export const spamTemplate = definePageCheck({
  id: 'spam-template',
  category: 'spam',
  title: { zh: '篡改与垃圾模板特征', en: 'Tampering and spam-template signs' },
  description: {
    zh: '查找被篡改页面的特征：成串的无意义标签、混淆加密的脚本、针对搜索引擎来访者的跳转、为躲避过滤插入的拼音。',
    en:
      'Finds signs of tampering: runs of junk tags, obfuscated scripts, redirects of search-engine visitors, ' +
      'pinyin inserted to dodge filters.',
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  messages: {
    'junk-tags': {
      zh: '页面含成串的无意义标签（{detail}），是常见的垃圾页面模板特征，需人工复核',
      en: 'Runs of junk tags ({detailEn}), a common spam-template sign; review',
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
    'foreign-refresh': {
      zh: '页面自动跳转到外部网站：{target}',
      en: 'Page refreshes to an off-site address: {target}',
    },
    'stuffed-title': {
      zh: '页面标题罗列了本页未提及的其他单位名称（{names}），疑似被篡改为黑帽 SEO 关键词堆砌，需人工复核',
      en: 'The title lists institutions the page never mentions ({names}), suspected keyword stuffing; review',
    },
    'encoded-meta': {
      zh: '页面{fieldNames}以 HTML 数字实体编码书写（{text}），常见于躲避关键词过滤的黑帽 SEO 篡改，需人工复核',
      en:
        "The page's {fields} are written as numeric character references ({text}), a black-hat SEO way past keyword " +
        'filters; review',
    },
  },
  fix: SPAM_FIX,
  run({ page }) {
    const results: CheckResult[] = [];
    const junk = junkMarkup(page.html);
    const unknown = Object.keys(junk.unknownTags);
    if (junk.emptyRun >= EMPTY_RUN_MIN || unknown.length >= UNKNOWN_TAGS_MIN || junk.wrappers >= WRAPPERS_MIN) {
      const tier = suspect(0.6);
      results.push({
        messageId: 'junk-tags',
        ...tier,
        location: { snippet: junk.sample.join('') || junk.wrapSample || unknown.map((t) => `<${t}>`).join('') },
        data: {
          detail: junkDetail(junk, 'zh'),
          detailEn: junkDetail(junk, 'en'),
          emptyRun: junk.emptyRun,
          wrappers: junk.wrappers,
          unknownTags: unknown,
          hiddenHow: 'junk-markup',
          visibleTo: VISIBLE_TO_SOURCE,
          ...tier.data,
        },
      });
    }
    results.push(...encodedMeta(page), ...stuffedTitle(page));
    const scripts = scriptSigns(page.html);
    const decoded = scoreText(scripts.decoded.join('\n'));
    if (isSpamScore(decoded, true)) {
      const terms = spamTerms(decoded);
      results.push({
        messageId: 'obfuscated-spam',
        text: terms[0],
        location: { element: 'script', snippet: scripts.obfuscated },
        data: {
          terms,
          hiddenHow: 'obfuscated-script',
          visibleTo: ['browser'],
          vetoEvidence: `加密脚本解码后写入违法有害词语：${terms.join('、')}`,
        },
      });
    } else if (scripts.obfuscated) {
      const tier = suspect(0.5);
      results.push({
        messageId: 'obfuscated-script',
        ...tier,
        location: { element: 'script', snippet: scripts.obfuscated },
        data: { hiddenHow: 'obfuscated-script', visibleTo: ['browser'], ...tier.data },
      });
    }
    if (scripts.referrerRedirect) {
      results.push({
        messageId: 'referrer-redirect',
        location: { element: 'script', snippet: scripts.referrerRedirect },
        data: {
          hiddenHow: 'referrer-redirect',
          visibleTo: ['search-referer'],
          vetoEvidence: '脚本判断来路为搜索引擎时把访客跳转到别处（劫持搜索流量）',
        },
      });
    }
    for (const block of page.textBlocks) {
      const pinyin = block.text.match(/[\u3400-\u9fff][(（][a-z]{1,6}[1-4]?[)）]/gi) ?? [];
      if (pinyin.length < PINYIN_MIN) continue;
      const tier = suspect(0.5);
      results.push({
        messageId: 'pinyin-dodge',
        ...tier,
        text: pinyin.slice(0, 3).join(' '),
        location: { selector: block.path, element: block.tag, context: block.text.slice(0, 80) },
        data: { count: pinyin.length, hiddenHow: 'pinyin', visibleTo: ['all-visitors'], ...tier.data },
      });
    }
    for (const script of page.links.filter((l) => l.element === 'script')) {
      const host = hostOf(script.url);
      if (!host || !isForeignHost(host, page.finalUrl) || isKnownService(script.url)) continue;
      if (domainSpamScore(host).score < 2) continue;
      const reasons = domainSpamScore(host).reasons;
      results.push({
        messageId: 'spam-script-host',
        target: script.url,
        location: { selector: script.path, element: 'script', attribute: 'src' },
        data: {
          hiddenHow: 'external-script',
          visibleTo: ['browser'],
          evidence: reasons,
          vetoEvidence: `页面加载的脚本来自具有违法网站特征的域名 ${host}（${reasons.join('、')}）`,
        },
      });
    }
    const refresh = page.links.find((l) => l.element === 'meta');
    const refreshHost = refresh && hostOf(refresh.url);
    if (refresh && refreshHost && isForeignHost(refreshHost, page.finalUrl)) {
      const domain = domainSpamScore(refreshHost);
      const tier =
        domain.score >= 2
          ? veto(`页面自动跳转到具有违法网站特征的域名 ${refreshHost}（${domain.reasons.join('、')}）`)
          : suspect(0.4);
      results.push({
        messageId: 'foreign-refresh',
        target: refresh.url,
        ...tier,
        location: { selector: refresh.path, element: 'meta', attribute: 'content' },
        data: { hiddenHow: 'meta-refresh', visibleTo: VISIBLE_TO_SOURCE, ...tier.data },
      });
    }
    return results;
  },
});
