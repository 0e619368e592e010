/**
 * How hidden content is hidden, in words a webmaster understands: the reason codes of shared/snapshot/hidden.ts
 * and the checks' `data.hiddenHow`, as zh-CN with the English after it.
 */
const HIDDEN_HOW: Record<string, string> = {
  'display:none': '不显示 (display:none)',
  'visibility:hidden': '不可见 (visibility:hidden)',
  'opacity:0': '全透明 (opacity:0)',
  'font-size:0': '字号为 0 (font-size:0)',
  'text-indent': '文字缩进到屏幕外 (text-indent)',
  'off-screen': '移出屏幕 (off-screen)',
  'transform': '变形移出或缩为 0 (transform)',
  'clip': '裁剪隐藏 (clip)',
  'zero-size': '尺寸为 0 (zero size)',
  'same-color': '同色文字 (same colour as background)',
  'hidden-attribute': 'hidden 属性 (hidden attribute)',
  'added-by-script': '脚本写入 (added by script)',
  'marquee': '滚动字幕 (marquee)',
  'tiny-iframe': '极小框架 (tiny frame)',
  'meta': '网页元数据，仅搜索引擎可见 (meta tags, for search engines)',
  'meta-refresh': 'meta 自动跳转 (meta refresh)',
  'junk-markup': '垃圾标签包裹 (junk markup)',
  'obfuscated-script': '混淆脚本写入 (obfuscated script)',
  'external-script': '外部脚本写入 (external script)',
  'referrer-redirect': '仅从搜索引擎进入时跳转 (redirect for search visitors)',
  'pinyin': '拼音域名或关键词 (pinyin)',
};

/** The label for a reason code; unknown codes are shown as they are, "none" and empty as nothing. */
export function hiddenHowLabel(how: unknown): string | undefined {
  if (typeof how !== 'string' || !how || how === 'none') return undefined;
  return HIDDEN_HOW[how] ?? how;
}
