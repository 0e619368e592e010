import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import type { PageSnapshot } from '../../model/page-snapshot.ts';
import { findCloaking, findScriptCloaking } from '../../spam/cloaking.ts';
import { VISIBLE_TO_SOURCE } from '../../spam/evidence.ts';
import { isKnownService } from '../../spam/known-services.ts';
import { SPAM_FIX } from '../../spam/evidence.ts';
import { suspect, veto } from '../../spam/tier.ts';
import { variantsOf, type PageVariant } from '../../spam/variants.ts';
import { BLOCKED_DOMAINS_OPTION } from '../../spam/blocked-domains-option.ts';

/** The rendered page against its served HTML: an error or blank page for people over an article for spiders. */
function scriptCloakingResults(page: PageSnapshot, variants: PageVariant[]): CheckResult[] {
  const raw = variants.find((v) => v.label === 'raw');
  const found = findScriptCloaking(
    page.textBlocks.filter((b) => !b.hidden).map((b) => b.text),
    raw,
  );
  if (!found) return [];
  const scripts = foreignScripts(raw?.source ?? '', page.finalUrl);
  const tier =
    found.kind === 'error-page'
      ? veto(
          `浏览器运行脚本后显示“${found.rendered.slice(0, 40)}”，源代码却含 ${found.servedChars} 字正文（标` +
            `题“${found.servedTitle}”）` +
            (scripts.length ? `；页面加载的外部脚本：${scripts.join('、')}` : ''),
        )
      : suspect(0.6);
  return [
    {
      messageId: found.kind === 'error-page' ? 'script-cloaking' : 'script-blank',
      ...tier,
      text: found.rendered.slice(0, 80) || undefined,
      location: { snippet: found.rendered },
      fingerprint: found.kind,
      data: {
        rendered: found.rendered.slice(0, 60),
        servedChars: found.servedChars,
        servedTitle: found.servedTitle,
        scripts,
        hiddenHow: 'script-cloaking',
        visibleTo: VISIBLE_TO_SOURCE,
        ...tier.data,
      },
    },
  ];
}

/** Script addresses of the served source that are neither the site's own nor a known service. */
function foreignScripts(source: string, pageUrl: string): string[] {
  const srcs = [...source.matchAll(/<script\b[^>]*\bsrc\s*=\s*["']?([^"'\s>]+)/gi)].map((m) => m[1]);
  return [
    ...new Set(
      srcs
        .flatMap((src) => {
          try {
            const url = new URL(src, pageUrl);
            return url.host !== new URL(pageUrl).host ? [url.href] : [];
          } catch {
            return [];
          }
        })
        .filter((url) => !isKnownService(url)),
    ),
  ];
}

const KIND_NAMES = { text: '文字', title: '页面标题', link: '链接', redirect: '跳转' } as const;

interface Options {
  blockedDomains?: string[];
}

/**
 * Cloaking: content or redirects served only to search-engine crawlers or to visitors from a search engine.
 * Needs the variants the crawler fetched (crawler/cloaking/); without them it finds nothing.
 */
export const spamCloaking = definePageCheck({
  id: 'spam-cloaking',
  category: 'spam',
  title: { zh: '针对搜索引擎的差异内容（黑帽SEO）', en: 'Cloaking for search engines' },
  description: {
    zh:
      '分别以普通浏览器、百度/搜狗/360/谷歌爬虫身份和搜索引擎来路访问同一页面，比较可见文字、链接和跳转，找出只给' +
      '部分访客看的内容。',
    en:
      'Fetches a page as a browser, as Baidu/Sogou/360/Google crawlers and from a search-engine referer, and ' +
      'reports text, links or redirects only some of them get.',
  },
  indicators: ['NAT-V1'],
  severity: 'veto',
  options: { schema: { blockedDomains: BLOCKED_DOMAINS_OPTION }, defaults: { blockedDomains: [] } },
  messages: {
    text: { zh: '仅向 {visibleTo} 显示的违法有害文字：{terms}', en: 'Spam text shown only to {visibleTo}: {terms}' },
    title: {
      zh: '仅向 {visibleTo} 显示的页面标题含违法有害信息：{text}',
      en: 'Spam title shown only to {visibleTo}: {text}',
    },
    link: {
      zh: '仅向 {visibleTo} 显示的链接：{target}（{terms}）',
      en: 'Link shown only to {visibleTo}: {target} ({terms})',
    },
    redirect: {
      zh: '{visibleTo} 访问时被跳转到外部网站：{target}',
      en: '{visibleTo} are redirected off-site: {target}',
    },
    'script-cloaking': {
      zh:
        '运行脚本后页面变为错误页（“{rendered}”），而服务器返回的源代码含 {servedChars} 字正文供搜索引擎收录：疑' +
        '似用脚本对访客隐藏被劫持的内容',
      en:
        'After scripts run the page turns into an error page ("{rendered}") while the served source holds ' +
        '{servedChars} ' +
        'characters for search engines: content hidden from people by script (cloaking)',
    },
    'script-blank': {
      zh: '运行脚本后页面空白，而服务器返回的源代码含 {servedChars} 字正文，需人工复核是否为脚本遮蔽',
      en:
        'The page is blank after scripts run while the served source holds {servedChars} characters; review for ' +
        'cloaking',
    },
    'offsite-link': {
      zh: '仅向 {visibleTo} 显示的外部链接：{target}，需人工复核',
      en: 'Off-site link shown only to {visibleTo}: {target}; review',
    },
  },
  fix: SPAM_FIX,
  run({ page, options }) {
    const variants = variantsOf(page);
    const results = page.rendered ? scriptCloakingResults(page, variants) : [];
    const baseline = variants.find((v) => v.label === 'browser' && !v.error);
    if (!baseline) return results;
    return [
      ...results,
      ...findCloaking(baseline, variants, (options as Options).blockedDomains ?? []).map((item): CheckResult => {
        const what = item.terms.length ? `含：${item.terms.join('、')}` : `：${item.shown.slice(0, 60)}`;
        const tier = item.spam
          ? veto(
              `仅向 ${item.shownTo.join('、')} 提供的${KIND_NAMES[item.kind]}${what}` +
                `（普通浏览器得到：${item.baseline.slice(0, 60)}）`,
            )
          : suspect(0.6);
        return {
          messageId: item.kind === 'link' && !item.spam ? 'offsite-link' : item.kind,
          ...tier,
          ...(item.target ? { target: item.target } : {}),
          ...(item.kind === 'link' ? {} : { text: item.shown }),
          location: { snippet: item.shown.slice(0, 200) },
          data: {
            visibleTo: item.shownTo,
            hiddenHow: 'cloaking',
            terms: item.terms,
            shown: item.shown,
            baseline: item.baseline,
            ...tier.data,
          },
        };
      }),
    ];
  },
});
