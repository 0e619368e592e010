import { isConfusable } from '../../text/confusable.ts';
import { longestNonOverlapping, MultiMatcher } from '../../text/multi-matcher.ts';
import { NearMissMatcher, type NearMiss } from '../../text/near-miss.ts';
import { isListedName, isNameByTitle } from '../../text/person-names.ts';
import { seenInCleanText } from '../../text/clean-text.ts';
import { inQuotedOrCompanyName, inTransliteration, isRegionAbbreviation } from '../../text/proper-nouns.ts';
import { asSuspect, isSuspect } from '../../text/suspect.ts';
import type { LanguageModel } from '../../text/language-model.ts';
import type { DetectInput, TextHit } from '../../text/scan-blocks.ts';
import { alignsWithWords, correctionReadsBetter, isWord, type Segment } from '../../text/segmenter.ts';
import { detectSeriousErrors } from '../typo-serious/detect.ts';
import { CONFUSION } from './dictionary.ts';
import official from '../../data/official-terms.json' with { type: 'json' };
import { correctionGain, lmSlips } from './lm-slips.ts';
import { wordSlips } from './word-slips.ts';

let pairMatcher: MultiMatcher | undefined;
let termMatcher: NearMissMatcher | undefined;

/**
 * Tier 2: dictionary pairs, then near misses of official terms. With a segmenter a hit must make the text
 * read better once corrected; without one ("dictionary mode") only curated pairs and wrong forms of three or
 * more characters are used, and the term near-miss rule (which needs a lexicon) is off. With a language
 * model (crawler, sunpinyin-data installed) the LM rule adds real-word slips the lexicon rules cannot see.
 * Nothing is reported where tier 1 (typo-serious) finds a slip in a protected term.
 */
export function detectCommonTypos(input: DetectInput): TextHit[] {
  return candidateTypos(input)
    .map(grade)
    .filter((h) => !isSuspect(h) || !normalText(input.text, h));
}

/**
 * Tiers (contract C2). Only a hand-written 错→正 pair that the segmentation confirms (or, without a
 * segmenter, that is written as a whole) is a problem; mined pairs, near misses of official terms, the word
 * rule and the LM rule are guesses: 疑似, with a confidence from the rule and, for the LM rule, the gain.
 */
function grade(h: TextHit): TextHit {
  const rule = String(h.data?.rule);
  if (rule === 'pair' && h.data?.curated === true) return h;
  if (rule === 'lm') return asSuspect(h, lmConfidence(Number(h.data?.gain)));
  return asSuspect(h, GUESS_CONFIDENCE[rule] ?? 0.3);
}

/** Share of each guessing rule's hits that were right on the ECSpell train splits, rounded (docs/text-checks.md). */
const GUESS_CONFIDENCE: Record<string, number> = { pair: 0.6, term: 0.5, word: 0.5 };

/** From the models' gain in nats: 9 (the rule's threshold) ≈ 0.3, 14 ≈ 0.6, 20 and more ≈ 1. */
const lmConfidence = (gain: number): number => (Number.isFinite(gain) ? (gain - 4) / 16 : 0.3);

/**
 * A guess that normal official text explains: seen in clean text, an entry of a name list, a person named
 * by a role or a speech verb, a transliterated foreign name, a region's one-character abbreviation, a short
 * quoted name (programme, campaign, slogan) or a company name.
 */
const normalText = (text: string, h: TextHit): boolean =>
  seenInCleanText(text, h.start, h.end) ||
  isListedName(text, h.start, h.end) ||
  isNameByTitle(text, h.start, h.end) ||
  inTransliteration(text, h.start, h.end) ||
  isRegionAbbreviation(text, h.start, h.end) ||
  inQuotedOrCompanyName(text, h.start, h.end);

/**
 * Every hit of the rules, before tiers and the clean-text filter (scripts/gen/clean-text-keys.ts
 * learns that filter from these).
 */
export function candidateTypos(input: DetectInput): TextHit[] {
  const { text, segment, languageModels = [] } = input;
  pairMatcher ??= new MultiMatcher(CONFUSION.keys());
  const hits: TextHit[] = [];
  for (const m of longestNonOverlapping(pairMatcher.findAll(text))) {
    const { right, curated } = CONFUSION.get(m.keyword)!;
    const confirmed = segment
      ? (curated && alignsWithWords(segment, text, m.begin, m.end)) ||
        correctionReadsBetter(segment, text, m.begin, m.end, right)
      : curated || m.keyword.length >= 3;
    if (confirmed) hits.push(hit(m.begin, m.end, right, 'pair', curated));
  }
  if (segment) {
    hits.push(...termNearMisses(text, segment, hits));
    const slips = wordSlips(text, segment).filter((w) => !overlapsAny(hits, w) && !isNameByTitle(text, w.start, w.end));
    hits.push(...(languageModels.length ? slips.filter((w) => lmAgrees(languageModels, text, w)) : slips));
  }
  if (languageModels.length) {
    hits.push(
      ...lmSlips(text, languageModels, segment).filter(
        (w) => !overlapsAny(hits, w) && !isNameByTitle(text, w.start, w.end),
      ),
    );
  }
  // A slip in a protected term is typo-serious's (veto level): reported once, there.
  const serious = hits.length > 0 ? detectSeriousErrors(input) : [];
  return hits.filter((h) => !overlapsAny(serious, h)).sort((a, b) => a.start - b.start);
}

/**
 * Minimum gain (nats) the language model must see in a word-rule correction: on the ECSpell train splits the
 * rule's hits that the model finds less probable than 2 nats were wrong 37 times out of 39 (时间较长 → 校长).
 */
const WORD_SLIP_MIN_GAIN = 2;

function lmAgrees(models: readonly LanguageModel[], text: string, h: TextHit): boolean {
  const gain = correctionGain(models, text, h.start, h.end, h.suggestion);
  return gain === undefined || gain >= WORD_SLIP_MIN_GAIN;
}

const overlapsAny = (hits: readonly TextHit[], w: TextHit): boolean =>
  hits.some((h) => h.start < w.end && w.start < h.end);

function termNearMisses(text: string, segment: Segment, taken: readonly TextHit[]): TextHit[] {
  termMatcher ??= new NearMissMatcher(
    official.terms.filter((t) => t.length >= 5),
    { edits: ['substitute'] },
  );
  const out: TextHit[] = [];
  for (const miss of termMatcher.find(text)) {
    if (taken.some((h) => h.start < miss.end && miss.start < h.end)) continue;
    if (out.some((h) => h.start < miss.end && miss.start < h.end)) continue;
    if (!plausibleSlip(miss, text, segment)) continue;
    out.push(hit(miss.start, miss.end, miss.term, 'term', false));
  }
  return out;
}

/**
 * A substituted character is a slip only if it sounds or looks like the intended one, does not form a word
 * with its neighbours (社会保险 is not a slip for 社会保障), and the corrected text segments better.
 */
function plausibleSlip(miss: NearMiss, text: string, segment: Segment): boolean {
  const [intended, written] = miss.chars;
  if (!isConfusable(intended, written)) return false;
  const { at } = miss;
  if ((at > 0 && isWord(segment, text.slice(at - 1, at + 1))) || isWord(segment, text.slice(at, at + 2))) return false;
  return correctionReadsBetter(segment, text, miss.start, miss.end, miss.term);
}

function hit(start: number, end: number, suggestion: string, rule: 'pair' | 'term', curated: boolean): TextHit {
  return { start, end, suggestion, messageId: 'typo', tier: 2, data: { rule, curated } };
}
