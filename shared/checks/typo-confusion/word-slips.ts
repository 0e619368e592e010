import { isConfusable } from '../../text/confusable.ts';
import { hasHan, isHan } from '../../text/cjk.ts';
import type { TextHit } from '../../text/scan-blocks.ts';
import { correctionReadsBetter, type Segment } from '../../text/segmenter.ts';
import official from '../../data/official-terms.json' with { type: 'json' };

/** Characters that stand alone so often that a slip cannot be told from normal text. */
const FUNCTION_CHARS = /[的了在是和与及对将把被从向为并于等之其而或以所也都就还又不有这那个中上下日月年号时]/;
/** Place-name suffixes: 椒坪溪村 and 六掌村 are names the lexicon does not know, not slips. */
export const PLACE_SUFFIX = /[村镇乡县区市州省旗盟路街巷里屯寨沟湾山河港岛庄坪营]/;

/** "word with one character replaced by *" → the 2–4 character official words it could stand for. */
let byWildcard: Map<string, string[]> | undefined;

function wildcardIndex(): Map<string, string[]> {
  const index = new Map<string, string[]>();
  for (const word of official.terms) {
    if (word.length > 4) continue;
    for (let i = 0; i < word.length; i++) {
      const key = word.slice(0, i) + '*' + word.slice(i + 1);
      const list = index.get(key);
      if (list) list.push(word);
      else index.set(key, [word]);
    }
  }
  return index;
}

/**
 * Where the segmenter breaks text into a short run of single characters that are no words at all, tries
 * whether one of them, replaced by a same-sound or similar-shape character, spells an official word
 * (可学发现 → 科学发现, 人民很行 → 人民银行). The whole run must become that one word, and exactly one
 * word may fit, so the rule stays quiet wherever it would have to guess.
 */
export function wordSlips(text: string, segment: Segment): TextHit[] {
  // Slips are single Han characters: text without any (dates, numbers, Latin) needs no segmentation.
  if (!hasHan(text)) return [];
  byWildcard ??= wildcardIndex();
  const hits: TextHit[] = [];
  const tokens = tokenSpans(text, segment);
  for (const [start, end] of singleCharRuns(text, tokens)) {
    const run = text.slice(start, end);
    if (run.length > 4 || FUNCTION_CHARS.test(run) || /\d/.test(text[start - 1] ?? '')) continue;
    for (const [from, to] of windowsAround(tokens, start, end)) {
      if (PLACE_SUFFIX.test(text[to] ?? '') || PLACE_SUFFIX.test(text[to - 1])) continue;
      const word = uniqueFit(text, from, to, start, end);
      if (word && correctionReadsBetter(segment, text, from, to, word)) {
        hits.push({ start: from, end: to, suggestion: word, messageId: 'typo', tier: 2, data: { rule: 'word' } });
        break;
      }
    }
  }
  return hits;
}

/** The run itself when it has 2+ characters; a lone character together with the word before or after it. */
function windowsAround(tokens: [number, number][], start: number, end: number): [number, number][] {
  if (end - start >= 2) return [[start, end]];
  const k = tokens.findIndex(([s]) => s === start);
  const out: [number, number][] = [];
  if (k > 0 && end - tokens[k - 1][0] <= 4) out.push([tokens[k - 1][0], end]);
  if (k + 1 < tokens.length && tokens[k + 1][1] - start <= 4) out.push([start, tokens[k + 1][1]]);
  return out;
}

/**
 * The one official word that text[from, to) spells once a character of [start, end) is swapped for a look- or
 * sound-alike.
 */
function uniqueFit(text: string, from: number, to: number, start: number, end: number): string | undefined {
  const window = text.slice(from, to);
  const fits = new Set<string>();
  for (let i = start - from; i < end - from; i++) {
    for (const word of byWildcard!.get(window.slice(0, i) + '*' + window.slice(i + 1)) ?? []) {
      if (isConfusable(word[i], window[i])) fits.add(word);
    }
  }
  return fits.size === 1 ? [...fits][0] : undefined;
}

function tokenSpans(text: string, segment: Segment): [number, number][] {
  const spans: [number, number][] = [];
  let pos = 0;
  for (const token of segment(text)) spans.push([pos, (pos += token.length)]);
  return spans;
}

/** Maximal runs of consecutive one-character Han tokens, as [start, end). */
function singleCharRuns(text: string, tokens: [number, number][]): [number, number][] {
  const runs: [number, number][] = [];
  let runStart = -1;
  let last = 0;
  for (const [s, e] of tokens) {
    const single = e - s === 1 && isHan(text[s]);
    if (single && runStart < 0) runStart = s;
    if (!single && runStart >= 0) {
      runs.push([runStart, s]);
      runStart = -1;
    }
    last = e;
  }
  if (runStart >= 0) runs.push([runStart, last]);
  return runs;
}
