import { offPinyinConfusablesOf } from '../../text/confusable.ts';
import type { LanguageModel } from '../../text/language-model.ts';
import { NumberMultimap } from '../../text/number-multimap.ts';

/** Lexicon words this long can receive a correction (longer ones are rare and slow to index). */
const MAX_WORD = 4;
const HAN_WORD = /^[\u3400-\u9fff]+$/;

/** A proposed correction of run[start, end): only the characters that change. */
export interface Replacement {
  start: number;
  end: number;
  text: string;
}

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
const wildcardIndexes = new WeakMap<LanguageModel, Map<number, string>>();

function wildcardIndex(lm: LanguageModel): Map<number, string> {
  let index = wildcardIndexes.get(lm);
  if (index) return index;
  index = new Map();
  for (const word of lm.words()) {
    if (word.length < 2 || word.length > MAX_WORD || !HAN_WORD.test(word)) continue;
    for (let i = 0; i < word.length; i++) {
      const key = wildcardKey(word, 0, word.length, i);
      index.set(key, (index.get(key) ?? '') + word[i]);
    }
  }
  wildcardIndexes.set(lm, index);
  return index;
}

/** Pinyin readings kept per word: polyphones multiply them (行长 has six). */
const MAX_READINGS = 16;

/** lm.syllables per UTF-16 code unit, per model (text[k] of a Han character allocates a string each time). */
const syllableTables = new WeakMap<LanguageModel, (readonly number[])[]>();

function syllablesOf(lm: LanguageModel, code: number): readonly number[] {
  let table = syllableTables.get(lm);
  if (!table) syllableTables.set(lm, (table = []));
  return (table[code] ??= lm.syllables(String.fromCharCode(code)));
}

/** The readings found by readingsInto, and room for the next step. */
const readings = new Float64Array(MAX_READINGS);
const readingsNext = new Float64Array(MAX_READINGS);

/**
 * Toneless readings of text[from, from + length) as numbers (length, then 10 bits per syllable id), into
 * `readings` (no arrays allocated: this runs for every window around a suspicious character); returns how many.
 */
function readingsInto(lm: LanguageModel, text: string, from: number, length: number): number {
  let count = 1;
  readings[0] = length;
  for (let k = from; k < from + length; k++) {
    const syllables = syllablesOf(lm, text.charCodeAt(k));
    let next = 0;
    for (let i = 0; i < count; i++) {
      for (let j = 0; j < syllables.length && next < MAX_READINGS; j++)
        readingsNext[next++] = readings[i] * 1024 + syllables[j];
    }
    for (let i = 0; i < next; i++) readings[i] = readingsNext[i];
    count = next;
  }
  return count;
}

/** Reading → lexicon words of 2–4 characters read that way, per model. */
const soundIndexes = new WeakMap<LanguageModel, NumberMultimap<string>>();

function soundIndex(lm: LanguageModel): NumberMultimap<string> {
  let index = soundIndexes.get(lm);
  if (index) return index;
  index = new NumberMultimap(1 << 17);
  for (const word of lm.words()) {
    if (word.length < 2 || word.length > MAX_WORD || !HAN_WORD.test(word)) continue;
    const count = readingsInto(lm, word, 0, word.length);
    for (let i = 0; i < count; i++) index.add(readings[i], word);
  }
  soundIndexes.set(lm, index);
  return index;
}

/**
 * Corrections of a run that change only `changeable` positions: (1) a 2–4 character window replaced by a
 * lexicon word with the same toneless pinyin — one character (持旭推进 → 持续) or a whole pinyin-input slip
 * (营业支招 → 营业执照, 时常 → 市场); (2) one character replaced by a similar-shape character (the Unihan
 * table shared/data/shape-neighbours.json and hand-written groups: 列/例, 女/安) or a hand-written near-sound one
 * (习/席)
 * that completes a lexicon word of 2–4 characters. Real-word errors are candidates too: a candidate only
 * has to make *a* word; the language model decides. Each window is looked up once, however many
 * changeable characters it holds.
 */
export function replacementsIn(lm: LanguageModel, run: string, changeable: ReadonlySet<number>): Replacement[] {
  // Most runs read well everywhere: then the indexes (~0.4 s to build) are not needed at all.
  if (changeable.size === 0) return [];
  const out = new Map<string, Replacement>();
  const add = (r: Replacement) => out.set(`${r.start}:${r.text}`, r);
  const index = soundIndex(lm);
  for (let from = 0; from < run.length; from++) {
    for (let len = 2; len <= MAX_WORD && from + len <= run.length; len++) {
      if (!touches(changeable, from, from + len)) continue;
      const written = run.slice(from, from + len);
      const count = readingsInto(lm, run, from, len);
      for (let i = 0; i < count; i++) {
        for (const word of index.get(readings[i]) ?? []) {
          const r = swap(lm, written, word, from, changeable);
          if (r) add(r);
        }
      }
    }
  }
  for (const i of changeable) for (const ch of shapeReplacementsAt(lm, run, i)) add({ start: i, end: i + 1, text: ch });
  return [...out.values()];
}

function touches(positions: ReadonlySet<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (positions.has(k)) return true;
  return false;
}

/** -ln P(ch) as a word of its own at or above this: a rare character (菅 13.0, 隶 12.8; 鱼 8.9, 蒜 11.5). */
const RARE_CHAR_COST = 12.5;

/** isRare per UTF-16 code unit, per model: 1 rare, 2 common, 0 not asked yet. */
const rareTables = new WeakMap<LanguageModel, Uint8Array>();

function isRare(lm: LanguageModel, code: number): boolean {
  let table = rareTables.get(lm);
  if (!table) rareTables.set(lm, (table = new Uint8Array(65536)));
  if (table[code] === 0) {
    const id = lm.wordId(String.fromCharCode(code));
    table[code] = id === undefined || lm.next(0, id) >= RARE_CHAR_COST ? 1 : 2;
  }
  return table[code] === 1;
}

/**
 * The changed part of `word` over `written`, when every change is at a changeable position and — for two
 * or more changes — every replaced character is a common one (a rare one, 辻 or 菅, is a shape slip of one
 * character, not a pinyin-input slip of the whole word).
 */
function swap(
  lm: LanguageModel,
  written: string,
  word: string,
  from: number,
  changeable: ReadonlySet<number>,
): Replacement | undefined {
  let first = -1,
    last = -1;
  for (let k = 0; k < word.length; k++) {
    if (word.charCodeAt(k) === written.charCodeAt(k)) continue;
    if (!changeable.has(from + k)) return undefined;
    if (first < 0) first = k;
    last = k;
  }
  if (first < 0) return undefined;
  if (last > first) {
    for (let k = first; k <= last; k++)
      if (word.charCodeAt(k) !== written.charCodeAt(k) && isRare(lm, written.charCodeAt(k))) return undefined;
  }
  return { start: from + first, end: from + last + 1, text: word.slice(first, last + 1) };
}

/** Similar-shape (and hand-written near-sound) characters for run[i] that complete a lexicon word (公女厅 → 公安厅). */
function shapeReplacementsAt(lm: LanguageModel, run: string, i: number): Set<string> {
  const index = wildcardIndex(lm);
  const out = new Set<string>();
  const confusable = [...offPinyinConfusablesOf(run[i])];
  if (confusable.length === 0) return out;
  for (let len = 2; len <= MAX_WORD; len++) {
    for (let from = Math.max(0, i - len + 1); from <= i && from + len <= run.length; from++) {
      const fillers = index.get(wildcardKey(run, from, len, i));
      if (fillers) for (const ch of confusable) if (fillers.includes(ch)) out.add(ch);
    }
  }
  return out;
}
