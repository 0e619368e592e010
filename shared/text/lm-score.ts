import type { LanguageModel } from './language-model.ts';

/** Cost of a character the lexicon does not know (-ln of a very small probability); it also ends the history. */
const UNKNOWN_CHAR_COST = 18;
/** Histories kept per position: the model's trigram states rarely need more to find the best path. */
const BEAM = 4;

interface Hyp {
  state: number;
  cost: number;
  /** Where the last word began, and the hypothesis it extends (for reading the path back). */
  from: number;
  prev: Hyp | undefined;
}

export interface ScoredWord {
  start: number;
  end: number;
  /** -ln P(word | history) on the best path. */
  cost: number;
}

/** Lexicon lookups by prefix: extending a string that no word starts with is pointless. */
const prefixSets = new WeakMap<LanguageModel, Set<string>>();

function prefixesOf(lm: LanguageModel): Set<string> {
  let set = prefixSets.get(lm);
  if (!set) {
    set = new Set();
    for (const w of lm.words()) for (let k = 1; k < w.length; k++) set.add(w.slice(0, k));
    prefixSets.set(lm, set);
  }
  return set;
}

/**
 * The best segmentation of text into lexicon words under the model (Viterbi over the word lattice, trigram
 * histories, beam of BEAM histories per position) and its cost -ln P(text). Text should be a run of Han
 * characters; the history starts empty, so two strings of the same length around the same place compare
 * fairly.
 */
export function bestPath(lm: LanguageModel, text: string): { cost: number; words: ScoredWord[] } {
  const prefixes = prefixesOf(lm);
  const n = text.length;
  const beams: Hyp[][] = Array.from({ length: n + 1 }, () => []);
  beams[0].push({ state: 0, cost: 0, from: 0, prev: undefined });
  for (let pos = 0; pos < n; pos++) {
    const from = beams[pos];
    if (from.length === 0) continue;
    let any = false;
    for (let len = 1; pos + len <= n; len++) {
      const s = text.slice(pos, pos + len);
      const id = lm.wordId(s);
      if (id !== undefined) {
        any = true;
        for (const h of from) {
          const step = lm.next(h.state, id);
          offer(beams[pos + len], step.state, h.cost + step.cost, pos, h);
        }
      }
      if (!prefixes.has(s)) break;
    }
    if (!any) {
      const best = from.reduce((a, b) => (b.cost < a.cost ? b : a));
      offer(beams[pos + 1], 0, best.cost + UNKNOWN_CHAR_COST, pos, best);
    }
  }
  let end = beams[n].reduce((a, b) => (b.cost < a.cost ? b : a));
  const cost = end.cost;
  const words: ScoredWord[] = [];
  for (let at = n; end.prev; at = end.from, end = end.prev) words.push({ start: end.from, end: at, cost: end.cost - end.prev.cost });
  return { cost, words: words.reverse() };
}

/** -ln P(text) for its best segmentation (see bestPath). */
export const pathCost = (lm: LanguageModel, text: string): number => bestPath(lm, text).cost;

function offer(beam: Hyp[], state: number, cost: number, from: number, prev: Hyp): void {
  const same = beam.find((h) => h.state === state);
  if (same) {
    if (cost < same.cost) Object.assign(same, { cost, from, prev });
    return;
  }
  if (beam.length < BEAM) {
    beam.push({ state, cost, from, prev });
    return;
  }
  let worst = 0;
  for (let i = 1; i < beam.length; i++) if (beam[i].cost > beam[worst].cost) worst = i;
  if (cost < beam[worst].cost) beam[worst] = { state, cost, from, prev };
}
