import { confusablesOf } from '../../text/confusable.ts';
import type { LanguageModel } from '../../text/language-model.ts';

/** Lexicon words this long can receive a corrected character (longer ones are rare and slow to index). */
const MAX_WORD = 4;

/** "word with one character replaced by *" → the characters that fill the gap, per model. */
const indexes = new WeakMap<LanguageModel, Map<string, string>>();

function wildcardIndex(lm: LanguageModel): Map<string, string> {
  let index = indexes.get(lm);
  if (index) return index;
  index = new Map();
  for (const word of lm.words()) {
    if (word.length < 2 || word.length > MAX_WORD || !/^[\u3400-\u9fff]+$/.test(word)) continue;
    for (let i = 0; i < word.length; i++) {
      const key = word.slice(0, i) + '*' + word.slice(i + 1);
      index.set(key, (index.get(key) ?? '') + word[i]);
    }
  }
  indexes.set(lm, index);
  return index;
}

const confusions = new WeakMap<LanguageModel, Map<string, Set<string>>>();

/** Same-sound (lexicon homophones, 公文 word-list readings) and similar-shape characters of `written`. */
function confusionSet(lm: LanguageModel, written: string): Set<string> {
  let byChar = confusions.get(lm);
  if (!byChar) confusions.set(lm, (byChar = new Map()));
  let set = byChar.get(written);
  if (!set) byChar.set(written, (set = new Set([...lm.homophones(written), ...confusablesOf(written)])));
  return set;
}

/**
 * Characters that could replace run[i]: each must be confusable with it and, in place, complete a lexicon
 * word of 2–4 characters covering i (机智 → 机制 in 工作机智). Real-word errors are found this way too,
 * because the candidate only has to make *a* word, not replace a non-word.
 */
export function replacementsAt(lm: LanguageModel, run: string, i: number): Set<string> {
  const index = wildcardIndex(lm);
  const out = new Set<string>();
  const written = run[i];
  const confusable = confusionSet(lm, written);
  for (let len = 2; len <= MAX_WORD; len++) {
    for (let from = Math.max(0, i - len + 1); from <= i && from + len <= run.length; from++) {
      const key = run.slice(from, i) + '*' + run.slice(i + 1, from + len);
      for (const ch of index.get(key) ?? '') {
        if (confusable.has(ch)) out.add(ch);
      }
    }
  }
  return out;
}
