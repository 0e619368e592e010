/**
 * Footer items of 政府网站发展指引 (国办发〔2017〕47号) and the formats real footers use (indicators.md NAT-P3..P6).
 */
// Both abbreviations where a province has two (川/蜀, 云/滇, 贵/黔, 甘/陇, 陕/秦).
const PROVINCE = '[京津沪渝冀豫云滇辽黑湘皖鲁新苏浙赣鄂桂甘陇晋蒙陕秦吉闽贵黔粤青藏川蜀宁琼]';

export const SITE_CODE_LABEL = /网站标识码\s*[:：]?\s*([A-Za-z0-9]{0,16})/;
/** Ten digits (division code + sequence) or bm + eight digits (State Council departments). */
export const SITE_CODE = /^(\d{10}|bm\d{8})$/;

export const ICP_ANY = /[\u4e00-\u9fa5]?\s*ICP\s*备\s*[^\s，,;；|]{0,24}/i;
/** A number with its province first: preferred over "ICP备案编号：" labels that ICP_ANY also meets. */
export const ICP_WITH_PROVINCE = new RegExp(`${PROVINCE}\\s*ICP\\s*备\\s*[^\\s，,;；|]{0,24}`, 'i');
// 号 is often left out ("京ICP备13026484"): the number is what identifies the filing.
export const ICP_VALID = new RegExp(`^${PROVINCE}ICP备[:：]?\\d{6,10}号?(-\\d{1,3})?$`);
export const POLICE_ANY = /[\u4e00-\u9fa5]?\s*公网安备\s*[^\s，,;；|]{0,24}/;
export const POLICE_WITH_PROVINCE = new RegExp(`${PROVINCE}\\s*公网安备\\s*[^\\s，,;；|]{0,24}`);
// 14 digits today; older Beijing numbers have 12 (京公网安备110402430068号).
export const POLICE_VALID = new RegExp(`^${PROVINCE}公网安备[:：]?(\\d{14}|\\d{12})号?$`);

/** Link targets: current host first, then hosts that only old templates still use. */
export const ICP_HOSTS = { current: ['beian.miit.gov.cn'], old: ['www.miibeian.gov.cn', 'miibeian.gov.cn'] };
export const POLICE_HOSTS = { current: ['beian.mps.gov.cn'], old: ['www.beian.gov.cn'] };
export const JIUCUO_PATH = /\/exposure\/jiucuo\.html/i;
/** The national 找错 script (`<script id="_jiucuo_" sitecode=… src=…/exposure/jiucuo.js>`) builds the entry itself. */
export const JIUCUO_SCRIPT_TAG = /<script\b[^>]*(\bid\s*=\s*["']?_jiucuo_\b|\/exposure\/jiucuo\.js)[^>]*>/i;
export const JIUCUO_SCRIPT_PATH = /\/exposure\/jiucuo\.js/i;
export const JIUCUO_HOSTS = { current: ['zfwzgl.www.gov.cn'], old: ['121.43.68.40'] };

/** 党政机关网站标识: the conac badge script, image or registration link. */
export const CONAC = /(^|\.)conac\.cn$/i;
export const CONAC_ERROR = /red_error\.png/i;
export const HOST_LABEL = /(主办单位|主办方|主办机关|主办|承办单位|承办|主管单位|网站主办)\s*[:：]/;

/**
 * A footer the raw HTML leaves to a script: a footer script (foot.js, bottom.js), a footer loaded into a
 * container, or an empty footer container. Without rendering its items cannot be seen.
 */
export const SCRIPT_FOOTER = new RegExp(
  [
    '<script\\b[^>]*\\bsrc\\s*=\\s*["\']?[^"\'>]*(foot|bottom|copyright|dibu|wzdb)[^"\'>]*\\.js',
    '\\.load\\(\\s*["\'][^"\']*(foot|bottom|dibu)',
    '<(div|footer)\\b[^>]*\\b(id|class)\\s*=\\s*["\']?[^"\'>]*(foot|bottom)[^"\'>]*["\']?[^>]*>\\s*</(div|footer)>',
  ].join('|'),
  'i',
);

export const SEARCH_TEXT = /站内搜索|全站搜索|搜索|检索/;
export const SEARCH_FORM =
  /<input\b[^>]*\b(type\s*=\s*["']?search|name\s*=\s*["']?(q|query|keywords?|searchword|searchkey|wd|kw|sword|qt)\b)/i;
