import { allHan, isHan } from '../../text/cjk.ts';
import type { LanguageModel } from '../../text/language-model.ts';
import { bestPath, pathCost } from '../../text/lm-score.ts';
import { MultiMatcher } from '../../text/multi-matcher.ts';
import type { TextHit } from '../../text/scan-blocks.ts';
import { segmentsInto, type Segment } from '../../text/segmenter.ts';
import official from '../../data/official-terms.json' with { type: 'json' };
import { replacementsIn, type Replacement } from './lm-candidates.ts';
import { PLACE_SUFFIX } from './word-slips.ts';

export interface LmRule {
  /** Characters of context either side of a candidate when both readings are scored. */
  context: number;
  /** Minimum gain in -ln P (nats) for a one-character correction; tuned on the ECSpell train splits. */
  minGain: number;
  /** The same for a same-pinyin word replacing 2+ characters. */
  minGainWord: number;
  /** Subtracted from the minimum gain when the correction spells an official term (公文 word list). */
  termBonus: number;
  /** A two-character word on the best path is suspicious when its cost in context is at least this. */
  suspiciousWordCost: number;
  /** A one-character word on the best path is suspicious when its cost in context is at least this. */
  suspiciousCharCost: number;
  /** Rounds of correction (see bestCorrections). */
  rounds: number;
}

/**
 * Tuned on the ECSpell *train* splits (scripts/tune-typo-lm.ts); see docs/text-checks.md. Frozen: the
 * corrections cache holds this rule's results.
 */
export const DEFAULT_LM_RULE: Readonly<LmRule> = Object.freeze({
  context: 4,
  minGain: 9,
  minGainWord: 14,
  termBonus: 2,
  suspiciousWordCost: 12,
  suspiciousCharCost: 4,
  rounds: 2,
});

const HAN_RUN = /[\u3400-\u9fff]{2,}/g;
/** Digits or Latin letters right before: 3号楼, A栋 — codes and names, not prose. */
const CODE_BEFORE = /[0-9A-Za-z０-９%％]$/;

let termMatcher: MultiMatcher | undefined;
const officialTerms = (): MultiMatcher => (termMatcher ??= new MultiMatcher(official.terms));

/**
 * Characters inside an official term as written (部际联席, 因城施策, 卫生健康委): the model was trained on
 * older general text and finds many of today's 公文 terms improbable; the term list knows them.
 */
function insideOfficialTerms(text: string): Uint8Array {
  const covered = new Uint8Array(text.length);
  for (const m of officialTerms().findAll(text)) covered.fill(1, m.begin, m.end);
  return covered;
}

/**
 * The LM rule. In each run of Han characters each model's best reading marks the suspicious characters
 * (one-character words, improbable two-character words); there, the first model proposes candidates from
 * its lexicon and pinyin: one confusable character that completes a lexicon word, or a same-pinyin lexicon
 * word for a 2–4 character window (lm-candidates.ts). Every model judges them: a candidate is reported when
 * the models, on average, find the corrected text more probable by at least `minGain`
 * (`minGainWord` for word swaps; `termBonus` less when the correction spells an official term) nats over
 * `context` characters either side; at most one correction per window. Never inside an official term as
 * written, before a place-name suffix, or after digits/Latin letters; with a segmenter, never when the
 * correction breaks the text into more words.
 */
export function lmSlips(
  text: string,
  models: readonly LanguageModel[],
  segment?: Segment,
  rule: LmRule = DEFAULT_LM_RULE,
): TextHit[] {
  if (models.length === 0) return [];
  const hits: TextHit[] = [];
  let protectedChars: Uint8Array | undefined; // only needed where a correction is found
  for (const m of text.matchAll(HAN_RUN)) {
    const run = m[0];
    if (m.index > 0 && CODE_BEFORE.test(text[m.index - 1])) continue;
    for (const c of cachedCorrections(models, run, rule)) {
      const start = m.index + c.start,
        end = m.index + c.end;
      // Just before a place-name suffix (阔洪琦乡, 姜曹村) the "slip" is most likely a name the model does not know.
      if (
        (protectedChars ??= insideOfficialTerms(text)).subarray(start, end).includes(1) ||
        PLACE_SUFFIX.test(text.slice(end, end + 2))
      )
        continue;
      if (segment && breaksWords(segment, text, start, end, c.text)) continue;
      hits.push({
        start,
        end,
        suggestion: c.text,
        messageId: 'typo',
        tier: 2,
        data: { rule: 'lm', gain: Math.round(c.gain * 10) / 10, term: c.term },
      });
    }
  }
  return hits;
}

interface Correction extends Replacement {
  gain: number;
  /** The correction spells an official term. */
  term: boolean;
}

/** Characters of the runs whose corrections are kept (~2 MB); beyond, the cache starts again. */
const CORRECTIONS_CACHE_CHARS = 1_000_000;
/** Corrections of the default rule, keyed by the models' ids and the run. */
const correctionsCache = new Map<string, Correction[]>();
let cachedChars = 0;
const modelIds = new WeakMap<LanguageModel, number>();
let nextModelId = 0;

function modelId(lm: LanguageModel): number {
  let id = modelIds.get(lm);
  if (id === undefined) modelIds.set(lm, (id = nextModelId++));
  return id;
}

/**
 * bestCorrections depends on the run and the models alone (not on the block around it, the page or its
 * date), and a site repeats its boilerplate phrases (发布的第…号, 相关信息) on every page: a run seen again
 * is not scored again. Other rules (scripts/tune-typo-lm.ts) are not cached.
 */
function cachedCorrections(models: readonly LanguageModel[], run: string, rule: LmRule): Correction[] {
  if (rule !== DEFAULT_LM_RULE) return bestCorrections(models, run, rule);
  const key = `${models.map(modelId).join(',')}\u0000${run}`;
  let corrections = correctionsCache.get(key);
  if (!corrections) {
    if ((cachedChars += key.length) > CORRECTIONS_CACHE_CHARS) {
      correctionsCache.clear();
      cachedChars = key.length;
    }
    correctionsCache.set(key, (corrections = bestCorrections(models, run, rule)));
  }
  return corrections;
}

/**
 * Corrections of a run, in rounds: each round scores the candidates on the text corrected so far and keeps
 * the strongest per window; the next round looks again around them (a second slip next to the first one
 * only reads as a slip once the first is fixed). Characters already corrected stay fixed.
 */
function bestCorrections(models: readonly LanguageModel[], run: string, rule: LmRule): Correction[] {
  const accepted: Correction[] = [];
  let text = run;
  for (let round = 0; round < rule.rounds; round++) {
    const fixed = new Set(accepted.flatMap((c) => range(c.start, c.end)));
    const kept = roundOfCorrections(models, text, rule, fixed);
    if (kept.length === 0) break;
    for (const c of kept) text = text.slice(0, c.start) + c.text + text.slice(c.end);
    accepted.push(...kept);
  }
  return accepted.sort((a, b) => a.start - b.start);
}

/**
 * How much more probable the model finds text with text[start, end) replaced, in nats, over up to `context`
 * Han characters either side (the same window the rule scores); undefined outside Han text.
 */
export function correctionGain(
  models: readonly LanguageModel[],
  text: string,
  start: number,
  end: number,
  replacement: string,
  context = DEFAULT_LM_RULE.context,
): number | undefined {
  let from = start,
    to = end;
  while (start - from < context && isHan(text[from - 1])) from--;
  while (to - end < context && isHan(text[to])) to++;
  const written = text.slice(from, to),
    corrected = text.slice(from, start) + replacement + text.slice(end, to);
  if (!allHan(written + corrected)) return undefined;
  return meanGain(models, written, corrected);
}

const range = (from: number, to: number): number[] => Array.from({ length: to - from }, (_, k) => from + k);

/** The models' mean of -ln P(written) − (-ln P(corrected)): what they agree a correction is worth. */
function meanGain(models: readonly LanguageModel[], written: string, corrected: string): number {
  let sum = 0;
  for (const lm of models) sum += pathCost(lm, written) - pathCost(lm, corrected);
  return sum / models.length;
}

function roundOfCorrections(
  models: readonly LanguageModel[],
  run: string,
  rule: LmRule,
  fixed: ReadonlySet<number>,
): Correction[] {
  const suspicious = new Set(
    models.flatMap((lm) => [...suspiciousPositions(lm, run, rule)]).filter((i) => !fixed.has(i)),
  );
  const candidates = replacementsIn(models[0], run, suspicious).map((r) => {
    const from = Math.max(0, r.start - rule.context),
      to = Math.min(run.length, r.end + rule.context);
    return { r, from, to, corrected: run.slice(from, r.start) + r.text + run.slice(r.end, to) };
  });
  // One model at a time: the lattice search reuses its work between texts with a common prefix of one model.
  const gains = new Float64Array(candidates.length);
  for (const lm of models) {
    /** Cost of the text as written, per scoring window (from, to). */
    const baseCosts = new Map<number, number>();
    candidates.forEach(({ from, to, corrected }, k) => {
      let base = baseCosts.get(from * 65536 + to);
      if (base === undefined) baseCosts.set(from * 65536 + to, (base = pathCost(lm, run.slice(from, to))));
      gains[k] += (base - pathCost(lm, corrected)) / models.length;
    });
  }
  const found: Correction[] = [];
  candidates.forEach(({ r }, k) => {
    const gain = gains[k],
      minGain = r.end - r.start > 1 ? rule.minGainWord : rule.minGain;
    if (gain < minGain - rule.termBonus) return;
    const term = spellsOfficialTerm(run, r);
    if (gain >= minGain || term) found.push({ ...r, gain, term });
  });
  // Two corrections within one window explain the same oddity twice: keep the stronger (on a tie the
  // smaller change, 家猫 → 假冒 rather than 家猫伪劣 → 假冒伪劣).
  const near = (a: Correction, b: Correction) => a.start < b.end + rule.context && b.start < a.end + rule.context;
  const kept: Correction[] = [];
  for (const c of found.sort((a, b) => b.gain - a.gain || a.end - a.start - (b.end - b.start))) {
    if (!kept.some((k) => near(k, c))) kept.push(c);
  }
  return kept;
}

/** True when the corrected text has an official term covering a changed character. */
function spellsOfficialTerm(run: string, r: Replacement): boolean {
  const from = Math.max(0, r.start - 3);
  const corrected = run.slice(from, r.start) + r.text + run.slice(r.end, r.end + 3);
  return officialTerms()
    .findAll(corrected)
    .some((m) => {
      for (let k = Math.max(m.begin, r.start - from); k < Math.min(m.end, r.end - from); k++) {
        if (run[from + k] !== corrected[k]) return true;
      }
      return false;
    });
}

/**
 * Where the model's best reading of the run falls apart: characters read as one-character words, and
 * two-character words that are improbable in their context (工作机智). Only these get candidates — on the
 * train splits they hold every correct LM finding while being a small share of all characters.
 */
function suspiciousPositions(lm: LanguageModel, run: string, rule: LmRule): Set<number> {
  const out = new Set<number>();
  for (const w of bestPath(lm, run).words) {
    const len = w.end - w.start;
    if ((len === 1 && w.cost >= rule.suspiciousCharCost) || (len === 2 && w.cost >= rule.suspiciousWordCost))
      for (let i = w.start; i < w.end; i++) out.add(i);
  }
  return out;
}

/** True when text with text[start, end) replaced segments into more words than as written (±3 characters). */
function breaksWords(segment: Segment, text: string, start: number, end: number, replacement: string): boolean {
  const from = Math.max(0, start - 3),
    to = Math.min(text.length, end + 3);
  const corrected = text.slice(from, start) + replacement + text.slice(end, to);
  return segmentsInto(segment, corrected) > segmentsInto(segment, text.slice(from, to));
}
