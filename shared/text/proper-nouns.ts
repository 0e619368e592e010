import { isHan } from './cjk.ts';

/**
 * Characters of the standard transliteration of foreign names (the 外国人名/地名译写 syllable tables; written
 * for govcheck). A run of three or more of them is most likely a foreign name or place (汗尤尼斯,
 * 宾特朱拜勒, 马约卡斯), which no lexicon or language model knows.
 */
const TRANSLITERATION = new Set([
  ...('阿埃艾爱安昂奥巴拜班邦鲍贝本比彼毕宾波伯勃博布查达代戴丹道德迪蒂丁杜多厄恩尔法范菲费芬弗福盖冈戈格古圭哈' +
    '汗豪赫亨胡霍基吉加贾杰卡凯坎考柯科克肯库夸奎昆拉莱赖兰朗劳勒雷里利列林琳卢鲁伦罗洛马迈麦曼梅蒙米穆纳奈' +
    '南内尼涅纽努诺欧帕潘佩皮珀普奇齐恰乔切琼萨塞赛桑瑟森沙莎舍什舒斯松索塔泰坦汤特提图托瓦韦维温沃乌西希锡' +
    '谢辛雅亚扬耶伊尤约扎詹兹佐蓬朱茨夫娃娅丽妮莉娜玛姆默兰茹瑞若撒蒂'),
]);

/** True when text[start, end) lies in a run of 3+ transliteration characters reaching beyond the span. */
export function inTransliteration(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) if (!TRANSLITERATION.has(text[i])) return false;
  let from = start;
  while (from > 0 && TRANSLITERATION.has(text[from - 1])) from--;
  let to = end;
  while (to < text.length && TRANSLITERATION.has(text[to])) to++;
  return to - from >= 3 && to - from > end - start;
}

/** One-character abbreviations of provinces and countries (京冀段, 在浙期间, 中柬关系, 伊方, 黎北部). */
const REGION_ABBREVIATIONS = new Set([
  ...('京津沪渝冀晋蒙辽吉黑苏浙皖闽赣鲁豫鄂湘粤桂琼川蜀黔滇藏陕甘陇青宁新港澳台' +
    '中美俄日韩朝英法德意西葡荷比瑞奥波捷匈罗保希土伊叙约黎埃沙阿印巴孟尼越老柬泰缅马菲澳加墨古智秘哥委乌白哈塔以'),
]);
/** What follows such an abbreviation: a side, an army, a stretch, a region of it, a stay, the two countries' ties. */
const AFTER_ABBREVIATION = /^(?:方|军|籍|段|[东南西北中]部|期间|两国|关系|边境|境内|双边|建交|友好|合作)/;

/** True when text[start, end) is made of region abbreviations followed by what such an abbreviation takes. */
export function isRegionAbbreviation(text: string, start: number, end: number): boolean {
  let to = end;
  while (to < text.length && to - start < 3 && REGION_ABBREVIATIONS.has(text[to]) && isHan(text[to])) to++;
  for (let i = start; i < end; i++) if (!REGION_ABBREVIATIONS.has(text[i])) return false;
  return AFTER_ABBREVIATION.test(text.slice(end, end + 2)) || AFTER_ABBREVIATION.test(text.slice(to, to + 2));
}

/**
 * Quotation marks around names of programmes, campaigns, slogans (“随申码”, “千企百展出海拓市场”). Not 《》:
 * the titles of documents are checked like any text.
 */
const QUOTED = /[“「『‘"]([^“”「」『』‘’"]{1,10})[”」』’"]/g;
/** The legal end of a company name (苏州迈科网络安全技术股份有限公司). */
const ORGANISATION_END = /^[\u4e00-\u9fff]{0,12}?(?:有限公司|有限责任公司)/;

/**
 * True when text[start, end) lies in a short quoted name (a programme, campaign or slogan: no lexicon knows
 * it, and it is meant as written) or in a company name before 有限公司.
 */
export function inQuotedOrCompanyName(text: string, start: number, end: number): boolean {
  for (const m of text.matchAll(QUOTED)) {
    if (m.index >= end) break;
    if (m.index < start && m.index + m[0].length > end) return true;
  }
  return ORGANISATION_END.test(text.slice(end));
}
