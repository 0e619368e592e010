import { confusablesOf } from '../../text/confusable.ts';
import type { LanguageModel } from '../../text/language-model.ts';

/** Lexicon words this long can receive a corrected character (longer ones are rare and slow to index). */
const MAX_WORD = 4;

/** Gap fillers: a string when few (scanned), a set when many (probed with the few confusable characters). */
type Fillers = string | Set<string>;
const MANY_FILLERS = 12;

/**
 * "word with one character replaced by *" as a number (length, gap position, the other code units; at most
 * 5 + 3 × 16 bits, exact in a double): number keys make the lookups several times faster than strings.
 */
function wildcardKey(text: string, from: number, length: number, gap: number): number {
  let key = length * 4 + (gap - from);
  for (let k = from; k < from + length; k++) if (k !== gap) key = key * 65536 + text.charCodeAt(k);
  return key;
}

/** Wildcard key → the characters that fill the gap, per model. */
const indexes = new WeakMap<LanguageModel, Map<number, Fillers>>();

function wildcardIndex(lm: LanguageModel): Map<number, Fillers> {
  let index = indexes.get(lm);
  if (index) return index;
  const built = new Map<number, string>();
  for (const word of lm.words()) {
    if (word.length < 2 || word.length > MAX_WORD || !/^[\u3400-\u9fff]+$/.test(word)) continue;
    for (let i = 0; i < word.length; i++) {
      const key = wildcardKey(word, 0, word.length, i);
      built.set(key, (built.get(key) ?? '') + word[i]);
    }
  }
  index = new Map();
  for (const [key, chars] of built) index.set(key, chars.length > MANY_FILLERS ? new Set(chars) : chars);
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

/** Pinyin readings kept per word: polyphones multiply them (行长 has six). */
const MAX_READINGS = 16;

/** Toneless readings of text[from, from + length) as numbers (length, then 10 bits per syllable id). */
function readingsOf(lm: LanguageModel, text: string, from: number, length: number): number[] {
  let keys = [length];
  for (let k = from; k < from + length; k++) {
    const syllables = lm.syllables(text[k]);
    const next: number[] = [];
    for (const key of keys) for (const s of syllables) if (next.length < MAX_READINGS) next.push(key * 1024 + s);
    keys = next;
  }
  return keys;
}

/** Reading → lexicon words of 2–4 characters read that way, per model. */
const soundIndexes = new WeakMap<LanguageModel, Map<number, string[]>>();

function soundIndex(lm: LanguageModel): Map<number, string[]> {
  let index = soundIndexes.get(lm);
  if (index) return index;
  index = new Map();
  for (const word of lm.words()) {
    if (word.length < 2 || word.length > MAX_WORD || !/^[\u3400-\u9fff]+$/.test(word)) continue;
    for (const key of readingsOf(lm, word, 0, word.length)) {
      const list = index.get(key);
      if (list) list.push(word); else index.set(key, [word]);
    }
  }
  soundIndexes.set(lm, index);
  return index;
}

/** A proposed correction of run[start, end). */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

/**
 * Corrections that touch run[i]: (1) one character, confusable with run[i], that completes a lexicon word
 * of 2–4 characters covering i (持旭推进 → 持续); (2) a whole 2–4 character window covering i replaced by a
 * different lexicon word with the same toneless pinyin, at least two characters changed — the typical
 * pinyin-input slip (营业支招 → 营业执照, 时常 → 市场). Real-word errors are candidates too: a candidate
 * only has to make *a* word, the language model decides whether it fits better. Word swaps are only tried
 * where two or more characters of the window are `changeable`.
 */
export function replacementsAt(lm: LanguageModel, run: string, i: number, changeable: ReadonlySet<number>): Replacement[] {
  const out: Replacement[] = [...charReplacementsAt(lm, run, i)].map((ch) => ({ start: i, end: i + 1, text: ch }));
  const index = soundIndex(lm);
  for (let len = 2; len <= MAX_WORD; len++) {
    for (let from = Math.max(0, i - len + 1); from <= i && from + len <= run.length; from++) {
      if (countIn(changeable, from, from + len) < 2) continue;
      const written = run.slice(from, from + len);
      const seen = new Set<string>();
      for (const key of readingsOf(lm, run, from, len)) {
        for (const word of index.get(key) ?? []) {
          if (seen.has(word) || differences(word, written) < 2) continue;
          seen.add(word);
          out.push({ start: from, end: from + len, text: word });
        }
      }
    }
  }
  return out;
}

function countIn(positions: ReadonlySet<number>, from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (positions.has(k)) n++;
  return n;
}

function differences(a: string, b: string): number {
  let n = 0;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) n++;
  return n;
}

/** Single characters that could replace run[i] (rule 1 of replacementsAt). */
function charReplacementsAt(lm: LanguageModel, run: string, i: number): Set<string> {
  const index = wildcardIndex(lm);
  const out = new Set<string>();
  const written = run[i];
  const confusable = confusionSet(lm, written);
  for (let len = 2; len <= MAX_WORD; len++) {
    for (let from = Math.max(0, i - len + 1); from <= i && from + len <= run.length; from++) {
      const fillers = index.get(wildcardKey(run, from, len, i));
      if (typeof fillers === 'string') {
        for (const ch of fillers) if (confusable.has(ch)) out.add(ch);
      } else if (fillers) {
        const [small, large] = fillers.size < confusable.size ? [fillers, confusable] : [confusable, fillers];
        for (const ch of small) if (large.has(ch)) out.add(ch);
      }
    }
  }
  return out;
}
