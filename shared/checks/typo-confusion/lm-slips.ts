import type { LanguageModel } from '../../text/language-model.ts';
import { bestPath, pathCost } from '../../text/lm-score.ts';
import { MultiMatcher } from '../../text/multi-matcher.ts';
import type { TextHit } from '../../text/scan-blocks.ts';
import { segmentsInto, type Segment } from '../../text/segmenter.ts';
import { OFFICIAL_TERMS } from './official-terms.ts';
import { replacementsAt } from './lm-candidates.ts';

export interface LmRule {
  /** Characters of context either side of a candidate when both readings are scored. */
  context: number;
  /** Minimum gain in -ln P (nats) for the corrected reading; tuned on the ECSpell train splits. */
  minGain: number;
  /** A two-character word on the best path is suspicious when its cost in context is at least this. */
  suspiciousWordCost: number;
}

/** Tuned on the ECSpell *train* splits (scripts/tune-typo-lm.ts); see docs/text-checks.md. */
export const DEFAULT_LM_RULE: LmRule = { context: 5, minGain: 9, suspiciousWordCost: 10 };

const HAN_RUN = /[\u3400-\u9fff]{2,}/g;
/** Digits or Latin letters right before: 3号楼, A栋 — codes and names, not prose. */
const CODE_BEFORE = /[0-9A-Za-z０-９%％]$/;

let termMatcher: MultiMatcher | undefined;

/**
 * Characters inside an official term as written (部际联席, 因城施策, 卫生健康委): the model was trained on
 * older general text and finds many of today's 公文 terms improbable; the term list knows them.
 */
function insideOfficialTerms(text: string): Uint8Array {
  termMatcher ??= new MultiMatcher(OFFICIAL_TERMS);
  const covered = new Uint8Array(text.length);
  for (const m of termMatcher.findAll(text)) covered.fill(1, m.begin, m.end);
  return covered;
}

/**
 * The LM tier: in each run of Han characters, every character that a same-sound or similar-shape
 * replacement would turn into (part of) a lexicon word is a candidate; the replacement is reported when the
 * language model finds the corrected text more probable by at least `minGain` nats over a window of
 * `context` characters either side. At most one correction per window: the best one wins. With a
 * segmenter, a correction that breaks the text into more words than before is dropped (a free gain in
 * precision on the train splits).
 */
export function lmSlips(text: string, lm: LanguageModel, segment?: Segment, rule: LmRule = DEFAULT_LM_RULE): TextHit[] {
  const hits: TextHit[] = [];
  const protectedChars = insideOfficialTerms(text);
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    if (CODE_BEFORE.test(text.slice(0, m.index))) continue;
    for (const c of bestCorrections(lm, run, rule)) {
      const at = m.index + c.at;
      if (protectedChars[at] || (segment && breaksWords(segment, text, at, c.ch))) continue;
      hits.push({ start: at, end: at + 1, suggestion: c.ch, messageId: 'typo', tier: 2,
        data: { rule: 'lm', gain: Math.round(c.gain * 10) / 10 } });
    }
  }
  return hits;
}

interface Correction {
  at: number;
  ch: string;
  gain: number;
}

function bestCorrections(lm: LanguageModel, run: string, rule: LmRule): Correction[] {
  const found: Correction[] = [];
  for (const i of suspiciousPositions(lm, run, rule)) {
    const replacements = replacementsAt(lm, run, i);
    if (replacements.size === 0) continue;
    const from = Math.max(0, i - rule.context), to = Math.min(run.length, i + rule.context + 1);
    const window = run.slice(from, to);
    const base = pathCost(lm, window);
    let best: Correction | undefined;
    for (const ch of replacements) {
      const gain = base - pathCost(lm, window.slice(0, i - from) + ch + window.slice(i - from + 1));
      if (gain >= rule.minGain && (!best || gain > best.gain)) best = { at: i, ch, gain };
    }
    if (best) found.push(best);
  }
  // Two corrections within one window explain the same oddity twice: keep the stronger.
  return found.filter((c) => !found.some((o) => o !== c && Math.abs(o.at - c.at) <= rule.context && o.gain > c.gain));
}

/**
 * Where the model's best reading of the run falls apart: characters read as one-character words, and
 * two-character words that are improbable in their context (工作机智). Only these get candidates — on the
 * train splits they hold every correct LM finding while being a small share of all characters.
 */
function suspiciousPositions(lm: LanguageModel, run: string, rule: LmRule): number[] {
  const out: number[] = [];
  for (const w of bestPath(lm, run).words) {
    const len = w.end - w.start;
    if (len === 1 || (len === 2 && w.cost >= rule.suspiciousWordCost)) for (let i = w.start; i < w.end; i++) out.push(i);
  }
  return out;
}

/** True when text with ch at `at` segments into more words than the text as written (±3 characters). */
function breaksWords(segment: Segment, text: string, at: number, ch: string): boolean {
  const from = Math.max(0, at - 3), to = Math.min(text.length, at + 4);
  const written = text.slice(from, to);
  return segmentsInto(segment, written.slice(0, at - from) + ch + written.slice(at - from + 1)) > segmentsInto(segment, written);
}
