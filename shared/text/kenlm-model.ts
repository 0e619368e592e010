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
    const mid = (from + to) >>> 1, id = word[mid];
    if (id === wanted) return mid;
    if (id < wanted) from = mid + 1; else to = mid;
  }
  return -1;
}

/** Pinyin of a character, which a KenLM model does not have: supplied by the host (see crawler/text/libime-files.ts). */
export type SyllablesOf = (ch: string) => readonly number[];

/**
 * The model: scoring with back-off (KenLM's FullScore) over the reversed trie, whose nodes are the states.
 * It implements LanguageModel itself: next / lastState are the lattice search's innermost calls.
 */
class KenlmModel implements LanguageModel {
  /** State of a record at level j (j < order) = base[j] + index + 1; 0 = no history. */
  private readonly base: number[] = [0, 0];
  private readonly history: number[];
  private readonly found: number[];
  lastState = 0;

  private readonly ids = new Map<string, number>();
  private readonly lexicon: LexiconTrie;
  readonly longestWord: number;

  constructor(private readonly levels: Level[], words: readonly string[], readonly syllables: SyllablesOf) {
    for (let j = 2; j < levels.length; j++) this.base.push(this.base[j - 1] + levels[j - 2].cost.length);
    this.history = new Array(levels.length).fill(0);
    this.found = new Array(levels.length + 1).fill(0);
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
    const { levels, history, found } = this;
    const order = levels.length;
    let depth = 0;
    if (state > 0) {
      depth = 1;
      while (depth + 1 < this.base.length && state > this.base[depth + 1]) depth++;
      history[depth] = state - this.base[depth] - 1;
      for (let j = depth - 1; j >= 1; j--) history[j] = levels[j].parent[history[j + 1]];
    }
    let node = word, matched = 0, cost = levels[0].cost[word];
    found[1] = word;
    for (let j = 1; j <= depth && word !== 0; j++) {
      const parent = levels[j - 1], child = levels[j];
      const wanted = j === 1 ? history[1] : parent.word[history[j]];
      const at = findChild(child.word, parent.next[node], parent.next[node + 1], wanted);
      if (at < 0) break;
      node = at; matched = j; cost = child.cost[at]; found[j + 1] = at;
    }
    for (let j = matched + 1; j <= depth; j++) cost += levels[j - 1].backoff[history[j]];
    this.lastState = 0;
    if (word === 0) return cost;
    for (let level = Math.min(matched + 1, order - 1); level >= 1; level--) {
      if (levels[level - 1].extends[found[level]]) { this.lastState = this.base[level] + found[level] + 1; break; }
    }
    return cost;
  }
}

/** A LanguageModel over the bytes of a KenLM trie binary with its vocabulary strings (kenlm-binary.ts). */
export function kenlmModel(data: Uint8Array | ArrayBuffer, syllables: SyllablesOf): LanguageModel {
  const { levels, words } = readKenlm(data instanceof Uint8Array ? data : new Uint8Array(data));
  return new KenlmModel(levels, words, syllables);
}
