import type { LanguageModel } from './language-model.ts';
import { LexiconTrie } from './lexicon-trie.ts';

/**
 * Reads SunPinyin's binary data (Debian package sunpinyin-data, open-gram, CC BY-SA 3.0): the threaded
 * back-off word trigram model `lm_sc.t3g` and the lexicon `pydict_sc.bin` whose word ids it uses.
 * Formats as written by sunpinyin's slm.h (CThreadSlm) and pytrie.h (CPinyinTrie), little-endian.
 * Pure parsing over bytes, so either host could use it; only the crawler loads the files.
 */

/** SunPinyin's id for "not a word" (punctuation, digits): the model resets to no history at no cost. */
const ID_NOT_WORD = 69;
const BITS_PR = 16;
const BITS_BOW = 14;
const MEMO_BITS = 16;
const MEMO_SIZE = 1 << MEMO_BITS;

function u32View(bytes: Uint8Array): Uint32Array {
  const aligned = bytes.byteOffset % 4 === 0 ? bytes : bytes.slice();
  return new Uint32Array(aligned.buffer, aligned.byteOffset, aligned.byteLength >>> 2);
}

/** Threaded trigram model: levels of 12-byte nodes (last level: 8-byte leaves), probabilities by table. */
class ThreadSlm {
  private readonly n: number;
  private readonly levelStart: number[] = [];
  private readonly prCost: Float64Array;
  private readonly bowCost: Float64Array;
  private readonly leafStart: number;
  /**
   * Word ids of the bigram and trigram nodes, packed: the binary search over a node's children then reads
   * 4-byte steps instead of 12- or 8-byte records, a third of the cache lines (misses of the memo below
   * spend most of their time there).
   */
  private readonly wids: Int32Array[] = [];

  constructor(private readonly u: Uint32Array) {
    this.n = u[0];
    if (u[1] !== 0) throw new Error('lm_sc.t3g: log-probability models are not supported');
    const f = new Float32Array(u.buffer, u.byteOffset, u.length);
    let at = 2 + this.n + 1;
    this.prCost = Float64Array.from(f.subarray(at, at + (1 << BITS_PR)), (p) => -Math.log(p));
    at += 1 << BITS_PR;
    this.bowCost = Float64Array.from(f.subarray(at, at + (1 << BITS_BOW)), (p) => -Math.log(p));
    at += 1 << BITS_BOW;
    for (let level = 0; level < this.n; level++) {
      this.levelStart.push(at);
      at += u[2 + level] * 3;
    }
    this.leafStart = at;
    if (at + u[2 + this.n] * 2 !== u.length) throw new Error('lm_sc.t3g: unexpected size');
    for (let level = 2; level <= this.n; level++) {
      const wids = new Int32Array(u[2 + level]);
      for (let i = 0; i < wids.length; i++) wids[i] = this.childWid(level, i);
      this.wids[level] = wids;
    }
  }

  private word(level: number, idx: number, k: number): number {
    return this.u[this.levelStart[level] + idx * 3 + k];
  }
  private child(level: number, idx: number): number {
    return (this.word(level, idx, 1) >>> 16) + (((this.word(level, idx, 2) >>> 25) & 0x7f) << 16);
  }
  private backoffState(w2: number): number {
    return (((w2 >>> 23) & 3) << 24) | (w2 & 0x7fffff);
  }
  private childWid(level: number, idx: number): number {
    return level < this.n ? this.word(level, idx, 0) & 0x3ffff : this.u[this.leafStart + idx * 2] & 0x3ffff;
  }
  private childPr(level: number, idx: number): number {
    if (level < this.n) return this.word(level, idx, 1) & 0xffff;
    const w0 = this.u[this.leafStart + idx * 2],
      w1 = this.u[this.leafStart + idx * 2 + 1];
    return (((w1 >>> 25) & 3) << 14) | (w0 >>> 18);
  }

  /** History after the last `next`. */
  lastState = 0;

  /** Word id → its unigram node (level 1), or -1: saves a 16-step search on every back-off to unigrams. */
  private unigrams: Int32Array | undefined;

  private unigramOf(wid: number): number {
    if (!this.unigrams) {
      this.unigrams = new Int32Array(1 << 18).fill(-1);
      for (let i = this.child(0, 0); i < this.child(0, 1); i++) this.unigrams[this.childWid(1, i)] = i;
    }
    return this.unigrams[wid];
  }

  /**
   * Direct-mapped memo of transitions (candidate windows overlap, so the same ones recur): per slot the key
   * (state × 2^18 + word id, exact in a double), the cost and the next state, side by side in one cache line.
   */
  private readonly memo = new Float64Array(MEMO_SIZE * 4).fill(-1);

  /** -ln P(wid | state), the history after it in lastState. */
  next(state: number, wid: number): number {
    const key = state * 262144 + wid;
    const slot = ((Math.imul(state, 0x9e3779b1) ^ Math.imul(wid, 0x85ebca6b)) >>> (32 - MEMO_BITS)) << 2;
    const memo = this.memo;
    if (memo[slot] === key) {
      this.lastState = memo[slot + 2] | 0;
      return memo[slot + 1];
    }
    const cost = this.transfer(state, wid);
    memo[slot] = key;
    memo[slot + 1] = cost;
    memo[slot + 2] = this.lastState;
    return cost;
  }

  /** CThreadSlm::rawTransfer with -ln costs, followed by historify (into lastState). */
  private transfer(state: number, wid: number): number {
    this.lastState = 0;
    if (wid === ID_NOT_WORD) return 0;
    let level = state >>> 24,
      pos = level ? state & 0xffffff : 0,
      cost = 0;
    for (;;) {
      if (level === 0) {
        const idx = this.unigramOf(wid);
        if (idx >= 0) {
          this.lastState = this.historify(1, idx);
          return cost + this.prCost[this.childPr(1, idx)];
        }
      }
      let lo = level === 0 ? 0 : this.child(level, pos),
        hi = level === 0 ? 0 : this.child(level, pos + 1);
      const wids = this.wids[level + 1];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1,
          id = wids[mid];
        if (id === wid) {
          this.lastState = this.historify(level + 1, mid);
          return cost + this.prCost[this.childPr(level + 1, mid)];
        }
        if (id < wid) lo = mid + 1;
        else hi = mid;
      }
      cost += this.bowCost[this.word(level, pos, 0) >>> 18];
      if (level === 0) break;
      const back = this.backoffState(this.word(level, pos, 2));
      level = back >>> 24;
      pos = back & 0xffffff;
    }
    return cost + this.prCost[this.word(0, 0, 1) & 0xffff];
  }

  private historify(level: number, idx: number): number {
    if (level >= this.n) return this.backoffState(this.u[this.leafStart + idx * 2 + 1]);
    if (this.child(level, idx) === this.child(level, idx + 1)) return this.backoffState(this.word(level, idx, 2));
    return (level << 24) | idx;
  }
}

interface Lexicon {
  words: string[];
  /** Character → its toneless syllables as small ids (0 … ~420). */
  syllables: Map<string, number[]>;
}

/** pydict_sc.bin: word count, node count, string offset; the pinyin trie; then UCS-4 words by id. */
function readLexicon(u: Uint32Array): Lexicon {
  const [count, , stringOffset] = u;
  const words: string[] = [];
  let p = stringOffset >>> 2;
  for (let i = 0; i < count; i++) {
    const codes: number[] = [];
    while (u[p] !== 0) codes.push(u[p++]);
    p++;
    words.push(String.fromCodePoint(...codes));
  }
  // Root node (at byte 12): its full-syllable transfers lead to nodes listing the one-character words.
  const syllables = new Map<string, number[]>();
  const syllableIds = new Map<number, number>();
  const root = 3;
  const transfers = (u[root] >>> 12) & 0xfff;
  for (let t = 0; t < transfers; t++) {
    const syllable = u[root + 1 + t * 2],
      offset = u[root + 2 + t * 2];
    if (((syllable >>> 4) & 0xff) === 0) continue; // an initial alone, not a syllable
    const toneless = (syllable >>> 4) & 0xffff;
    if (!syllableIds.has(toneless)) syllableIds.set(toneless, syllableIds.size);
    const syllableId = syllableIds.get(toneless)!;
    const node = offset >>> 2,
      nWords = u[node] & 0xfff,
      nTrans = (u[node] >>> 12) & 0xfff;
    for (let k = 0; k < nWords; k++) {
      const w = words[u[node + 1 + nTrans * 2 + k] & 0xffffff];
      if (!w || w.length !== 1) continue;
      const list = syllables.get(w) ?? [];
      if (!list.includes(syllableId)) syllables.set(w, [...list, syllableId]);
    }
  }
  return { words, syllables };
}

/** A LanguageModel over SunPinyin's trigram model and lexicon bytes. */
export function sunpinyinModel(lmBytes: Uint8Array, lexiconBytes: Uint8Array): LanguageModel {
  return new SunpinyinModel(u32View(lmBytes), readLexicon(u32View(lexiconBytes)));
}

const NO_SYLLABLES: readonly number[] = Object.freeze([]);

/** The model's own next / lastState are the lattice's innermost calls: no wrapper in between. */
class SunpinyinModel extends ThreadSlm implements LanguageModel {
  private readonly ids = new Map<string, number>();
  private readonly trie: LexiconTrie;
  /** Syllables per UTF-16 code unit (every one-character word of the lexicon is one code unit). */
  private readonly syllablesByUnit: (readonly number[] | undefined)[] = new Array(65536);
  readonly longestWord: number;

  constructor(
    lm: Uint32Array,
    private readonly lexicon: Lexicon,
  ) {
    super(lm);
    lexicon.words.forEach((w, id) => {
      if (w && !this.ids.has(w)) this.ids.set(w, id);
    });
    this.trie = new LexiconTrie(this.ids);
    this.longestWord = this.trie.longestWord;
    for (const [ch, list] of lexicon.syllables) if (ch.length === 1) this.syllablesByUnit[ch.charCodeAt(0)] = list;
  }

  wordId(word: string): number | undefined {
    return this.ids.get(word);
  }
  wordsAt(text: string, pos: number, lengths: Int32Array, ids: Int32Array): number {
    return this.trie.wordsAt(text, pos, lengths, ids);
  }
  syllables(ch: string): readonly number[] {
    return (ch.length === 1 ? this.syllablesByUnit[ch.charCodeAt(0)] : this.lexicon.syllables.get(ch)) ?? NO_SYLLABLES;
  }
  words(): Iterable<string> {
    return this.ids.keys();
  }
}
