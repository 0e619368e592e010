import type { LanguageModel } from './language-model.ts';

/** Cost of a character the lexicon does not know (-ln of a very small probability); it also ends the history. */
const UNKNOWN_CHAR_COST = 18;
/** Histories kept per position: the model's trigram states rarely need more to find the best path. */
const BEAM = 4;

export interface ScoredWord {
  start: number;
  end: number;
  /** -ln P(word | history) on the best path. */
  cost: number;
}

/**
 * Lattice search state in flat arrays (slot = position × BEAM + k): history state, cost so far, and a
 * back-pointer (the slot the word came from); per position, how many lexicon words start there. Reused
 * across calls; grown when a longer text comes.
 */
let states = new Int32Array(0);
let costs = new Float64Array(0);
let backs = new Int32Array(0);
let filled = new Uint8Array(0);
let wordCounts = new Int32Array(0);
/** Words starting at the current position (lexicon words are at most a few dozen characters long). */
const wordLengths = new Int32Array(64);
const wordIds = new Int32Array(64);
/** What the arrays hold: the lattice of this text under this model. */
let lastText = '';
let lastModel: LanguageModel | undefined;

/** Makes room for a text of n characters; false when that meant new (empty) arrays. */
function reserve(n: number): boolean {
  if (filled.length >= n + 1) return true;
  const size = Math.max(n + 1, filled.length * 2);
  states = new Int32Array(size * BEAM);
  costs = new Float64Array(size * BEAM);
  backs = new Int32Array(size * BEAM);
  filled = new Uint8Array(size);
  wordCounts = new Int32Array(size);
  return false;
}

/** Adds a hypothesis at position `at`: merges with the same history, else fills a slot or evicts the worst. */
function offer(at: number, state: number, cost: number, back: number): void {
  const base = at * BEAM,
    count = filled[at];
  let worst = base;
  for (let s = base; s < base + count; s++) {
    if (states[s] === state) {
      if (cost < costs[s]) {
        costs[s] = cost;
        backs[s] = back;
      }
      return;
    }
    if (costs[s] > costs[worst]) worst = s;
  }
  const slot = count < BEAM ? base + count : cost < costs[worst] ? worst : -1;
  if (slot < 0) return;
  if (count < BEAM) filled[at] = count + 1;
  states[slot] = state;
  costs[slot] = cost;
  backs[slot] = back;
}

function bestSlot(at: number): number {
  let best = at * BEAM;
  for (let s = best + 1; s < at * BEAM + filled[at]; s++) if (costs[s] < costs[best]) best = s;
  return best;
}

/** Extends the hypotheses at pos by the words found there that end after `after`. */
function extend(lm: LanguageModel, pos: number, words: number, after: number): void {
  const first = pos * BEAM,
    last = first + filled[pos];
  for (let w = 0; w < words; w++) {
    const end = pos + wordLengths[w];
    if (end <= after) continue;
    const id = wordIds[w];
    for (let s = first; s < last; s++) {
      const cost = costs[s] + lm.next(states[s], id);
      offer(end, lm.lastState, cost, s);
    }
  }
}

/**
 * Up to which position the lattice in the arrays also holds for text: the hypotheses ending at a position
 * depend only on the characters before it, and on whether a word starts at each earlier position (where
 * none does, an unknown character is read). Candidate windows of the LM rule share their beginnings.
 */
function reusablePrefix(lm: LanguageModel, text: string): number {
  if (lm !== lastModel) return 0;
  const limit = Math.min(text.length, lastText.length);
  let same = 0;
  while (same < limit && text.charCodeAt(same) === lastText.charCodeAt(same)) same++;
  for (let pos = Math.max(0, same - lm.longestWord + 1); pos < same; pos++) {
    if (filled[pos] > 0 && (lm.wordsAt(text, pos, wordLengths, wordIds) === 0) !== (wordCounts[pos] === 0)) return pos;
  }
  return same;
}

/** Viterbi over the word lattice of text; returns the best final slot. */
function search(lm: LanguageModel, text: string): number {
  const n = text.length;
  const kept = reserve(n) ? reusablePrefix(lm, text) : 0;
  lastModel = undefined; // until the search completes
  filled.fill(0, kept + 1, n + 1);
  if (kept === 0) {
    filled[0] = 0;
    offer(0, 0, 0, -1);
  }
  // Words that start in the kept part and end after it.
  for (let pos = Math.max(0, kept - lm.longestWord + 1); pos < kept; pos++) {
    if (filled[pos] === 0) continue;
    wordCounts[pos] = lm.wordsAt(text, pos, wordLengths, wordIds);
    extend(lm, pos, wordCounts[pos], kept);
  }
  for (let pos = kept; pos < n; pos++) {
    if (filled[pos] === 0) continue;
    const words = (wordCounts[pos] = lm.wordsAt(text, pos, wordLengths, wordIds));
    extend(lm, pos, words, pos);
    if (words === 0) {
      const s = bestSlot(pos);
      offer(pos + 1, 0, costs[s] + UNKNOWN_CHAR_COST, s);
    }
  }
  lastText = text;
  lastModel = lm;
  return bestSlot(n);
}

/**
 * -ln P(text) under the model for the best segmentation of text into lexicon words (Viterbi over the word
 * lattice, trigram histories, beam of BEAM histories per position). Text should be a run of Han characters;
 * the history starts empty, so two strings of the same length around the same place compare fairly.
 */
export function pathCost(lm: LanguageModel, text: string): number {
  const last = search(lm, text);
  return costs[last];
}

/** The best segmentation itself, each word with its cost in context (see pathCost). */
export function bestPath(lm: LanguageModel, text: string): { cost: number; words: ScoredWord[] } {
  const last = search(lm, text);
  const words: ScoredWord[] = [];
  for (let s = last; backs[s] >= 0; s = backs[s]) {
    const prev = backs[s];
    words.push({ start: Math.floor(prev / BEAM), end: Math.floor(s / BEAM), cost: costs[s] - costs[prev] });
  }
  return { cost: costs[last], words: words.reverse() };
}
