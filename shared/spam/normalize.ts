/**
 * Text normalisation before matching: spam dodges keyword filters with zero-width characters, spaces or
 * symbols between characters, full-width Latin, traditional characters and pinyin in brackets ("辦(ban)公").
 * The result keeps, for every normalised character, the index of the original one, so findings can quote
 * the text exactly as the page shows it.
 */
export interface Normalized {
  text: string;
  /** origin[i] = index in the input of normalised character i. */
  origin: number[];
  /** Filter-dodging tricks that were undone (zero-width, spacing, pinyin). */
  dodges: string[];
}

const ZERO_WIDTH = /[\u200b-\u200f\u2060-\u2064\ufeff\u00ad\u034f\u180e]/;
// Symbols spam puts between the characters of a word; only dropped between two CJK characters.
const FILLER = /[\s*＊·•_~^#|\-./\\'"‘’“”]/;
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
const PINYIN_IN_BRACKETS = /^[(（][a-z]{1,6}[1-4]?[)）]/i;

// Traditional forms that spam pages favour (a small table, not a converter: the shared code stays small).
const TRADITIONAL: Record<string, string> = Object.fromEntries(
  ('門门 場场 賭赌 娛娱 樂乐 網网 開开 戶户 錢钱 買买 體体 萬万 銀银 盤盘 機机 線线 註注 碼码 點点 亞亚 華华 會会 龍龙 獎奖 號号 ' +
   '現现 實实 發发 贏赢 陽阳 國国 際际 賽车 車车 視视 頻频 電电 影影 費费 區区 無无 愛爱 淫淫 證证 辦办 補补 貸贷 彩彩 博博 ' +
   '葡葡 尼尼 斯斯 驗验 聊聊 約约 導导 臺台 台台 麗丽 長长 時时 極极 飛飞 艇艇 幣币 財财 運运 棋棋 牌牌 遊游 戲戏 僞伪 偽伪')
    .split(' ').filter(Boolean).map((pair) => [pair[0], pair[1]]));
TRADITIONAL['賽'] = '赛';

function fold(ch: string): string {
  const code = ch.charCodeAt(0);
  // Full-width ASCII (Ａ, ３) → half-width.
  const half = code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : ch;
  return TRADITIONAL[half] ?? half.toLowerCase();
}

export function normalizeText(input: string): Normalized {
  const out: string[] = [];
  const origin: number[] = [];
  const dodges = new Set<string>();
  for (let i = 0; i < input.length; i++) {
    const ch = input[i];
    if (ZERO_WIDTH.test(ch)) {
      dodges.add('zero-width');
      continue;
    }
    const prev = out.length ? out[out.length - 1] : '';
    if (CJK.test(prev)) {
      const pinyin = PINYIN_IN_BRACKETS.exec(input.slice(i, i + 10));
      if (pinyin) {
        dodges.add('pinyin');
        i += pinyin[0].length - 1;
        continue;
      }
      if (FILLER.test(ch)) {
        let j = i;
        while (j < input.length && (FILLER.test(input[j]) || ZERO_WIDTH.test(input[j]))) j++;
        if (j < input.length && CJK.test(input[j]) && j - i <= 3) {
          // A single space between CJK words is ordinary layout; symbols or repeated gaps are a dodge.
          if (!/^\s$/.test(input.slice(i, j)) || j - i > 1) dodges.add('spacing');
          i = j - 1;
          continue;
        }
      }
    }
    out.push(fold(ch));
    origin.push(i);
  }
  return { text: out.join(''), origin, dodges: [...dodges] };
}
