/**
 * Text normalisation before matching: spam dodges keyword filters with zero-width characters, spaces or
 * symbols between characters, full-width Latin, traditional characters and pinyin in brackets ("辦(ban)公").
 * The result keeps, for every normalised character, the index of the original one, so findings can quote
 * the text exactly as the page shows it.
 */
export interface Normalized {
  text: string;
  /** Index in the input of normalised character i. */
  toOriginal(i: number): number;
  /** Filter-dodging tricks that were undone (zero-width, spacing, pinyin). */
  dodges: string[];
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const ZERO_WIDTH = '\\u200b-\\u200f\\u2060-\\u2064\\ufeff\\u00ad\\u034f\\u180e';
// What is deleted: zero-width characters anywhere; up to three symbols or spaces between two CJK characters
// (a single plain space is layout, not a dodge); bracketed pinyin right after a CJK character.
const DELETIONS = new RegExp(
  `([${ZERO_WIDTH}])|(?<=[${CJK}])(?:([\\s*＊·•_~^#|\\-./\\\\'"‘’“”${ZERO_WIDTH}]{1,` +
    `3})(?=[${CJK}])|([(（][a-zA-Z]{1,6}[1-4]?[)）]))`,
  'g',
);

// Traditional forms that spam pages favour (a small table, not a converter: the shared code stays small).
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  (
    '門门 場场 賭赌 娛娱 樂乐 網网 開开 戶户 錢钱 買买 體体 萬万 銀银 盤盘 機机 線线 註注 碼码 點点 亞亚 華华 會会' +
    ' 龍龙 獎奖 號号 ' +
    '現现 實实 發发 贏赢 陽阳 國国 際际 賽赛 車车 視视 頻频 電电 費费 區区 無无 愛爱 證证 辦办 補补 貸贷 驗验 約约' +
    ' 導导 臺台 ' +
    '麗丽 長长 時时 極极 飛飞 幣币 財财 運运 遊游 戲戏 偽伪 僞伪'
  )
    .split(' ')
    .filter(Boolean)
    .map((pair) => [pair[0], pair[1]]),
);
// Every replacement keeps the length (one UTF-16 unit for one), so folding never moves offsets.
const FOLDABLE = new RegExp(`[A-Z\\uff01-\\uff5e${Object.keys(TRADITIONAL).join('')}]`, 'g');

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  if (code >= 0xff01 && code <= 0xff5e) return String.fromCharCode(code - 0xfee0).toLowerCase();
  return TRADITIONAL[ch] ?? ch.toLowerCase();
}

export function normalizeText(input: string): Normalized {
  const dodges = new Set<string>();
  // kept[k] = [start in output, start in input] of the k-th kept stretch.
  const kept: [number, number][] = [];
  const parts: string[] = [];
  let from = 0;
  let outLength = 0;
  for (const m of input.matchAll(DELETIONS)) {
    const gap = m[2];
    if (gap !== undefined && /^\s$/.test(gap)) continue;
    dodges.add(m[1] !== undefined ? 'zero-width' : gap !== undefined ? 'spacing' : 'pinyin');
    if (m.index! > from) {
      kept.push([outLength, from]);
      parts.push(input.slice(from, m.index));
      outLength += m.index! - from;
    }
    from = m.index! + m[0].length;
  }
  if (from < input.length || !kept.length) {
    kept.push([outLength, from]);
    parts.push(input.slice(from));
  }
  const text = (parts.length === 1 ? parts[0] : parts.join('')).replace(FOLDABLE, fold);
  const toOriginal = (i: number) => {
    let lo = 0;
    let hi = kept.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (kept[mid][0] <= i) lo = mid;
      else hi = mid - 1;
    }
    return kept[lo][1] + (i - kept[lo][0]);
  };
  return { text, toOriginal, dodges: [...dodges] };
}
