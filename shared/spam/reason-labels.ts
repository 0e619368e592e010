import type { Localized } from '../model/localized.ts';

/** How hidden content is hidden: the reason codes of shared/snapshot/hidden.ts and the checks' `data.hiddenHow`. */
const HIDING: Record<string, Localized> = {
  'display:none': { zh: '不显示', en: 'display:none' },
  'visibility:hidden': { zh: '不可见', en: 'visibility:hidden' },
  'opacity:0': { zh: '全透明', en: 'opacity:0' },
  'font-size:0': { zh: '字号为 0', en: 'font-size:0' },
  'text-indent': { zh: '文字缩进到屏幕外', en: 'text-indent' },
  'off-screen': { zh: '移出屏幕', en: 'off-screen' },
  transform: { zh: '变形移出或缩为 0', en: 'transform' },
  clip: { zh: '裁剪隐藏', en: 'clip' },
  'zero-size': { zh: '尺寸为 0', en: 'zero size' },
  'same-color': { zh: '同色文字', en: 'same colour as background' },
  'hidden-attribute': { zh: 'hidden 属性', en: 'hidden attribute' },
  'added-by-script': { zh: '脚本写入', en: 'added by script' },
  marquee: { zh: '滚动字幕', en: 'marquee' },
  'tiny-iframe': { zh: '极小框架', en: 'tiny frame' },
  meta: { zh: '网页元数据，仅搜索引擎可见', en: 'meta tags, for search engines' },
  'meta-refresh': { zh: 'meta 自动跳转', en: 'meta refresh' },
  'junk-markup': { zh: '垃圾标签包裹', en: 'junk markup' },
  'obfuscated-script': { zh: '混淆脚本写入', en: 'obfuscated script' },
  'external-script': { zh: '外部脚本写入', en: 'external script' },
  'referrer-redirect': { zh: '仅从搜索引擎进入时跳转', en: 'redirect for search visitors' },
  pinyin: { zh: '拼音域名或关键词', en: 'pinyin' },
};

/** Why a host looks like a spam site: the reasons of shared/spam/domains.ts. */
const DOMAIN_REASONS: Record<string, Localized> = {
  'blocked-domain': { zh: '列入封禁名单的域名', en: 'blocked domain' },
  'spam-token': { zh: '域名含赌博色情字样', en: 'gambling or porn word in the name' },
  'suspicious-tld': { zh: '常被滥用的顶级域名', en: 'often-abused top-level domain' },
  'digit-name': { zh: '数字串域名', en: 'digit-run name' },
};

/** The words for a hiding code; an unknown code stands as it is in both languages. */
export const hidingWords = (code: string): Localized => HIDING[code] ?? { zh: code, en: code };

/**
 * Evidence items (spam terms found in the text, and domain reason codes) in each language: the terms are page
 * text and stay as they are, the codes become words.
 */
export function evidenceWords(items: readonly string[]): Localized {
  const words = items.map((item) => DOMAIN_REASONS[item] ?? { zh: item, en: item });
  return { zh: words.map((w) => w.zh).join('、'), en: words.map((w) => w.en).join(', ') };
}
