/**
 * A word n-gram language model is a capability the host injects, like word segmentation: the crawler
 * loads SunPinyin's trigram model from the Debian package sunpinyin-data (crawler/text/sunpinyin-files.ts);
 * the extension has none, and the LM tier (shared/checks/typo-lm) then stays silent.
 */
export interface LanguageModel {
  /** Id of a word in the model's lexicon (single characters included), or undefined. */
  wordId(word: string): number | undefined;
  /** Longest lexicon word, in UTF-16 code units. */
  readonly maxWordLength: number;
  /** -ln P(word | history), and the history after it. State 0 is "no history". */
  next(state: number, wordId: number): { cost: number; state: number };
  /** Characters the lexicon reads with the same toneless syllable as ch (homophones). */
  homophones(ch: string): readonly string[];
  /** Every lexicon word (for building candidate indexes). */
  words(): Iterable<string>;
}

/** RunInfo extension the host fills in when it has a model (see docs/text-checks.md, "Wiring"). */
export interface WithLanguageModel {
  languageModel?: LanguageModel;
}
