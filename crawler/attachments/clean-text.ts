// Some CJK fonts map glyphs to radicals instead of the ordinary characters: Kangxi radicals (⼀ U+2F00) and
// compatibility ideographs undo with NFKC; CJK Radicals Supplement forms (⻓ U+2ED3) have no decomposition,
// so the simplified ones that are whole characters are mapped by hand.
const SUPPLEMENT: Record<string, string> = {
  '⺠': '民',
  '⻄': '西',
  '⻅': '见',
  '⻆': '角',
  '⻉': '贝',
  '⻋': '车',
  '⻑': '長',
  '⻓': '长',
  '⻔': '门',
  '⻘': '青',
  '⻙': '韦',
  '⻚': '页',
  '⻛': '风',
  '⻜': '飞',
  '⻝': '食',
  '⻢': '马',
  '⻣': '骨',
  '⻤': '鬼',
  '⻥': '鱼',
  '⻦': '鸟',
  '⻧': '卤',
  '⻨': '麦',
  '⻩': '黄',
  '⻬': '齐',
  '⻮': '齿',
  '⻰': '龙',
};
const LOOKALIKE = /[\u2E80-\u2FDF\uF900-\uFAFF]/g;

/** Collapses white space and turns radical look-alikes back into ordinary characters. */
export const cleanText = (text: string): string =>
  text
    .replace(LOOKALIKE, (c) => SUPPLEMENT[c] ?? c.normalize('NFKC'))
    .replace(/\s+/g, ' ')
    .trim();
