import { readKenlm, type Level } from './kenlm-binary.ts';
import type { LanguageModel } from './language-model.ts';
import { LexiconTrie } from './lexicon-trie.ts';

/**
 * A KenLM trie model (read by kenlm-binary.ts) as a LanguageModel: libime's zh_CN.lm for the typo LM rule
 * (crawler/text/libime-files.ts). Pure computation over bytes, so either host could use it.
 */

/** Sentence and unknown-word markers are not lexicon words: text never contains them. */
const SPECIAL_WORDS = new Set(['<unk>', '<s>', '</s>']);

/** Index of `word` among the sorted word ids in word[from, to), or -1. */
function findChild(word: Int32Array, from: number, to: number, wanted: number): number {
  while (from < to) {
    const mid = (from + to) >>> 1,
      id = word[mid];
    if (id === wanted) return mid;
    if (id < wanted) from = mid + 1;
    else to = mid;
  }
  return -1;
}

/** Transition memo slots (a power of two): 2 MB, like sunpinyin-model.ts. */
const MEMO_BITS = 16;

/**
 * Pinyin of a character, which a KenLM model does not have: supplied by the host (see crawler/text/libime-files.ts).
 */
export type SyllablesOf = (ch: string) => readonly number[];

/**
 * The model: scoring with back-off (KenLM's FullScore) over the reversed trie of a trigram model, whose
 * nodes are the states: 0 = no history, 1 + word id = one word, 1 + vocabulary + bigram record = two words.
 * It implements LanguageModel itself: next / lastState are the lattice search's innermost calls.
 */
class KenlmModel implements LanguageModel {
  lastState = 0;
  /** The tables of kenlm-binary.ts's Level, one field each: the scoring reads them without indirection. */
  private readonly unigramCost: Float32Array;
  private readonly unigramBackoff: Float32Array;
  private readonly unigramExtends: Uint8Array;
  private readonly unigramNext: Int32Array;
  private readonly bigramWord: Int32Array;
  private readonly bigramParent: Int32Array;
  private readonly bigramCost: Float32Array;
  private readonly bigramBackoff: Float32Array;
  private readonly bigramExtends: Uint8Array;
  private readonly bigramNext: Int32Array;
  private readonly trigramWord: Int32Array;
  private readonly trigramCost: Float32Array;
  /** Number of word ids (unigram records). */
  private readonly vocabulary: number;
  /**
   * Direct-mapped memo of transitions (candidate windows overlap, so the same ones recur): per slot the key
   * (state × vocabulary + word, exact in a double), the cost and the next state, side by side in one cache
   * line. Per instance, so another model never sees its values.
   */
  private readonly memo = new Float64Array(4 << MEMO_BITS).fill(-1);

  private readonly ids = new Map<string, number>();
  private readonly lexicon: LexiconTrie;
  readonly longestWord: number;

  constructor(
    levels: Level[],
    words: readonly string[],
    readonly syllables: SyllablesOf,
  ) {
    // libime's model is a trigram model; the scoring below is written out for that order.
    if (levels.length !== 3) throw new Error(`KenLM model of order ${levels.length}: only trigram models are read`);
    const [unigrams, bigrams, trigrams] = levels;
    ({
      cost: this.unigramCost,
      backoff: this.unigramBackoff,
      extends: this.unigramExtends,
      next: this.unigramNext,
    } = unigrams);
    ({
      word: this.bigramWord,
      parent: this.bigramParent,
      cost: this.bigramCost,
      backoff: this.bigramBackoff,
      extends: this.bigramExtends,
      next: this.bigramNext,
    } = bigrams);
    ({ word: this.trigramWord, cost: this.trigramCost } = trigrams);
    this.vocabulary = this.unigramCost.length;
    words.forEach((w, id) => {
      if (!SPECIAL_WORDS.has(w) && !this.ids.has(w)) this.ids.set(w, id);
    });
    this.lexicon = new LexiconTrie(this.ids);
    this.longestWord = this.lexicon.longestWord;
  }

  wordId(word: string): number | undefined {
    return this.ids.get(word);
  }

  wordsAt(text: string, pos: number, lengths: Int32Array, ids: Int32Array): number {
    return this.lexicon.wordsAt(text, pos, lengths, ids);
  }

  words(): Iterable<string> {
    return this.ids.keys();
  }

  /** -ln P(word | history of state); the new history in lastState. */
  next(state: number, word: number): number {
    const key = state * this.vocabulary + word;
    const slot = ((Math.imul(state, 0x9e3779b1) ^ Math.imul(word, 0x85ebca6b)) >>> (32 - MEMO_BITS)) << 2;
    const memo = this.memo;
    if (memo[slot] === key) {
      this.lastState = memo[slot + 2] | 0;
      return memo[slot + 1];
    }
    const cost = this.score(state, word);
    memo[slot] = key;
    memo[slot + 1] = cost;
    memo[slot + 2] = this.lastState;
    return cost;
  }

  /**
   * KenLM's FullScore with -ln costs, the new history into lastState: p(word | h1 h2) is the trigram
   * "h1 h2 word" if the model has it, else back-off(h1 h2) × p(word | h2): the bigram "h2 word", else
   * back-off(h2) × p(word). Reads only what the answer needs: each read of the big arrays is a likely cache
   * miss (memo misses spend their time here).
   */
  private score(state: number, word: number): number {
    const unigramCost = this.unigramCost[word];
    // The history the word leaves: the bigram "h2 word" if it extends, else the word if it does.
    const wordState = word !== 0 && this.unigramExtends[word] ? word + 1 : 0;
    if (state === 0) {
      this.lastState = wordState;
      return unigramCost;
    }
    const context = state - this.vocabulary - 1; // bigram record of "h1 h2", or negative: one word of history
    const h2 = context < 0 ? state - 1 : this.bigramParent[context];
    const next = this.unigramNext;
    const bigram = word === 0 ? -1 : findChild(this.bigramWord, next[word], next[word + 1], h2);
    if (bigram < 0) {
      this.lastState = wordState;
      const cost = unigramCost + this.unigramBackoff[h2];
      return context < 0 ? cost : cost + this.bigramBackoff[context];
    }
    this.lastState = this.bigramExtends[bigram] ? this.vocabulary + bigram + 1 : wordState;
    if (context < 0) return this.bigramCost[bigram];
    const trigram = findChild(
      this.trigramWord,
      this.bigramNext[bigram],
      this.bigramNext[bigram + 1],
      this.bigramWord[context],
    );
    return trigram < 0 ? this.bigramCost[bigram] + this.bigramBackoff[context] : this.trigramCost[trigram];
  }
}

/** The decoded tables of a KenLM trie binary with its vocabulary strings (kenlm-binary.ts). */
export type KenlmTables = ReturnType<typeof readKenlm>;

/**
 * The model's tables read from the binary. `shared`: every table in shared memory, so worker threads that get
 * them build their models over the same bytes (each ~50 MB for libime's) instead of a copy each.
 */
export function kenlmTables(data: Uint8Array | ArrayBuffer, shared = false): KenlmTables {
  const tables = readKenlm(data instanceof Uint8Array ? data : new Uint8Array(data));
  return shared ? { ...tables, levels: tables.levels.map(sharedLevel) } : tables;
}

/** A LanguageModel over tables of kenlmTables (the vocabulary lookups and the memo are its own). */
export function kenlmModelOf({ levels, words }: KenlmTables, syllables: SyllablesOf): LanguageModel {
  return new KenlmModel(levels, words, syllables);
}

/** A LanguageModel over the bytes of a KenLM trie binary with its vocabulary strings (kenlm-binary.ts). */
export function kenlmModel(data: Uint8Array | ArrayBuffer, syllables: SyllablesOf): LanguageModel {
  return kenlmModelOf(kenlmTables(data), syllables);
}

function sharedLevel(level: Level): Level {
  return {
    word: inSharedMemory(level.word),
    cost: inSharedMemory(level.cost),
    backoff: inSharedMemory(level.backoff),
    extends: inSharedMemory(level.extends),
    next: inSharedMemory(level.next),
    parent: inSharedMemory(level.parent),
  };
}

function inSharedMemory<T extends Int32Array | Float32Array | Uint8Array>(table: T): T {
  const Table = table.constructor as new (buffer: SharedArrayBuffer) => T;
  const copy = new Table(new SharedArrayBuffer(table.byteLength));
  copy.set(table);
  return copy;
}
