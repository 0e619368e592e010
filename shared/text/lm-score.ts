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
 * back-pointer (the slot the word came from). Reused across calls; grown when a longer text comes.
 */
let states = new Int32Array(0);
let costs = new Float64Array(0);
let backs = new Int32Array(0);
let filled = new Uint8Array(0);
/** Words starting at the current position (lexicon words are at most a few dozen characters long). */
const wordLengths = new Int32Array(64);
const wordIds = new Int32Array(64);

function reserve(n: number): void {
  if (filled.length >= n + 1) return;
  const size = Math.max(n + 1, filled.length * 2);
  states = new Int32Array(size * BEAM);
  costs = new Float64Array(size * BEAM);
  backs = new Int32Array(size * BEAM);
  filled = new Uint8Array(size);
}

/** Adds a hypothesis at position `at`: merges with the same history, else fills a slot or evicts the worst. */
function offer(at: number, state: number, cost: number, back: number): void {
  const base = at * BEAM, count = filled[at];
  let worst = base;
  for (let s = base; s < base + count; s++) {
    if (states[s] === state) {
      if (cost < costs[s]) { costs[s] = cost; backs[s] = back; }
      return;
    }
    if (costs[s] > costs[worst]) worst = s;
  }
  const slot = count < BEAM ? base + count : cost < costs[worst] ? worst : -1;
  if (slot < 0) return;
  if (count < BEAM) filled[at] = count + 1;
  states[slot] = state; costs[slot] = cost; backs[slot] = back;
}

function bestSlot(at: number): number {
  let best = at * BEAM;
  for (let s = best + 1; s < at * BEAM + filled[at]; s++) if (costs[s] < costs[best]) best = s;
  return best;
}

/** Viterbi over the word lattice of text; returns the best final slot. */
function search(lm: LanguageModel, text: string): number {
  const n = text.length;
  reserve(n);
  filled.fill(0, 0, n + 1);
  offer(0, 0, 0, -1);
  for (let pos = 0; pos < n; pos++) {
    const count = filled[pos];
    if (count === 0) continue;
    const words = lm.wordsAt(text, pos, wordLengths, wordIds);
    for (let w = 0; w < words; w++) {
      for (let s = pos * BEAM; s < pos * BEAM + count; s++) {
        const cost = costs[s] + lm.next(states[s], wordIds[w]);
        offer(pos + wordLengths[w], lm.lastState, cost, s);
      }
    }
    if (words === 0) {
      const s = bestSlot(pos);
      offer(pos + 1, 0, costs[s] + UNKNOWN_CHAR_COST, s);
    }
  }
  return bestSlot(n);
}

/**
 * -ln P(text) under the model for the best segmentation of text into lexicon words (Viterbi over the word
 * lattice, trigram histories, beam of BEAM histories per position). Text should be a run of Han characters;
 * the history starts empty, so two strings of the same length around the same place compare fairly.
 */
export function pathCost(lm: LanguageModel, text: string): number {
  return costs[search(lm, text)];
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
