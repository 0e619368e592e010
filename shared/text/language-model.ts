/**
 * A word n-gram language model is a capability the host injects, like word segmentation: the crawler
 * loads SunPinyin's trigram model from the Debian package sunpinyin-data (crawler/text/sunpinyin-files.ts);
 * the extension has none, and the LM rule of typo-confusion then stays silent.
 */
export interface LanguageModel {
  /** Id of a word in the model's lexicon (single characters included), or undefined. */
  wordId(word: string): number | undefined;
  /**
   * The lexicon words that start at text[pos], shortest first: their lengths and ids are written into the
   * two arrays (at most their length); returns how many.
   */
  wordsAt(text: string, pos: number, lengths: Int32Array, ids: Int32Array): number;
  /** Length of the longest lexicon word. */
  readonly longestWord: number;
  /**
   * -ln P(word | history); the history after the word is then in `lastState`. State 0 is "no history".
   * (Two results without an object per call: this is the innermost loop of the lattice search.)
   */
  next(state: number, wordId: number): number;
  readonly lastState: number;
  /** The toneless syllables ch is read with, as small ids (< 1024) that only compare with each other. */
  syllables(ch: string): readonly number[];
  /** Every lexicon word (for building candidate indexes). */
  words(): Iterable<string>;
}
