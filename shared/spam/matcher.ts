import { AhoCorasick } from '@monyone/aho-corasick/fast';
import {
  BONUS_FAMILIES,
  CONTEXT_WINDOW,
  COUNTER_CONTEXT,
  LEGITIMATE,
  LEXICON,
  type LexiconEntry,
  type SpamFamily,
} from './lexicon.ts';
import { normalizeText } from './normalize.ts';
import type { Segment } from '../text/segmenter.ts';

export interface SpamHit extends LexiconEntry {
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  /** The text as written on the page (may contain the dodging characters). */
  text: string;
}

/** What a caller knows beyond the text itself. */
export interface ScoreOptions {
  /**
   * Word segmentation (RunInfo.segment). With it, a CJK term counts only where it starts and ends on word
   * boundaries: 假证 in 虚假/证明 or 淫 in 淫秽 are not the spam words.
   */
  segment?: Segment;
  /** Latin names the site goes by (labels of its host, e.g. bynrszf): never spam, whatever they contain. */
  ownNames?: readonly string[];
}

export interface SpamScore {
  score: number;
  /** Counted hits, strongest first (cues included). */
  hits: SpamHit[];
  families: SpamFamily[];
  /** Filter-dodging tricks undone before matching. */
  dodges: string[];
}

/** Visible text must reach this score; concealed text (hidden, script-only, crawler-only) only CONCEALED. */
export const VISIBLE_THRESHOLD = 3;
export const CONCEALED_THRESHOLD = 2;

interface Kinds {
  entry?: LexiconEntry;
  legit?: boolean;
  counter?: boolean;
}

let automaton: { ac: AhoCorasick; kinds: Map<string, Kinds> } | undefined;

// Built on first use: one automaton for spam terms, legitimate phrases and counter-context words together.
function getAutomaton() {
  if (automaton) return automaton;
  const kinds = new Map<string, Kinds>();
  const kind = (word: string) => kinds.get(word) ?? kinds.set(word, {}).get(word)!;
  for (const entry of LEXICON) {
    const k = kind(entry.term);
    if (!k.entry || k.entry.weight < entry.weight) k.entry = entry;
  }
  for (const word of LEGITIMATE) kind(word).legit = true;
  for (const word of COUNTER_CONTEXT) kind(word).counter = true;
  automaton = { ac: new AhoCorasick([...kinds.keys()]), kinds };
  return automaton;
}

/** What may separate the items of a list. */
const LIST_GAP = /^[、，,和及与或等\s]{0,3}$/;

type Span = { begin: number; end: number };

/** Prefix sums of how many spans cover each position: `covered(a, b)` says whether any span touches [a, b). */
function coverage(spans: Span[], length: number): (a: number, b: number) => boolean {
  const starts = new Int32Array(length + 1);
  for (const { begin } of spans) starts[begin]++;
  // A span touches [a, b) when it starts before b and ends after a; spans are short, so count starts in
  // [a - longest + 1, b) and confirm on the few candidates.
  const longest = spans.reduce((n, sp) => Math.max(n, sp.end - sp.begin), 0);
  const prefix = new Int32Array(length + 2);
  for (let i = 0; i <= length; i++) prefix[i + 1] = prefix[i] + starts[i];
  const byBegin = [...spans].sort((x, y) => x.begin - y.begin);
  return (a, b) => {
    const lo = Math.max(0, a - longest + 1);
    const hi = Math.min(length, Math.max(lo, b));
    if (prefix[hi] - prefix[lo] === 0) return false;
    let i = lowerBound(byBegin, lo);
    for (; i < byBegin.length && byBegin[i].begin < b; i++) if (byBegin[i].end > a) return true;
    return false;
  };
}

function lowerBound(spans: Span[], begin: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].begin < begin) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Hits not strictly inside a longer hit (sorted by begin, longer first at equal begin). */
function outermost<T extends Span>(hits: T[]): T[] {
  const sorted = [...hits].sort((a, b) => a.begin - b.begin || b.end - b.begin - (a.end - a.begin));
  let maxEnd = -1;
  return sorted.filter((h) => {
    const keep = h.end > maxEnd;
    maxEnd = Math.max(maxEnd, h.end);
    return keep;
  });
}

// E-mail addresses, URLs and bare domain names: Latin inside them is an address, never a word (bynrszf@163.com).
const ADDRESS = new RegExp(
  [
    '[a-z0-9._%+-]+@[a-z0-9.-]+',
    '(?:https?://|www\\.)[^\\s\\u3000-\\u303f\\uff00-\\uffef<>"\']+',
    '[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:com|cn|net|org|gov|edu|cc|top|vip|xyz|info|html?)\\b',
  ].join('|'),
  'g',
);
const LATIN = /[a-z0-9]/;
/** Characters of context either side of a hit that the segmenter sees. */
const SEGMENT_MARGIN = 12;

/** Whether a hit stands as its own word(s): Latin not inside a longer Latin word, CJK on segmenter boundaries. */
function standsAlone(text: string, begin: number, end: number, segment: Segment | undefined): boolean {
  if (LATIN.test(text[begin]) && LATIN.test(text[begin - 1] ?? '')) return false;
  if (LATIN.test(text[end - 1]) && LATIN.test(text[end] ?? '')) return false;
  if (!segment || !/[\u3400-\u9fff]/.test(text.slice(begin, end))) return true;
  const from = Math.max(0, begin - SEGMENT_MARGIN);
  const bounds = new Set<number>();
  let at = from;
  for (const word of segment(text.slice(from, end + SEGMENT_MARGIN))) bounds.add((at += word.length));
  return (begin === from || bounds.has(begin)) && bounds.has(end);
}

/** The maximal Latin run around a hit, to compare with the site's own names. */
function latinWordAt(text: string, begin: number, end: number): string {
  let a = begin;
  let b = end;
  while (a > 0 && LATIN.test(text[a - 1])) a--;
  while (b < text.length && LATIN.test(text[b])) b++;
  return text.slice(a, b);
}

/** Scores a piece of text for spam: matches the lexicon, drops legitimate and counter-context uses, weighs the rest. */
export function scoreText(input: string, options: ScoreOptions = {}): SpamScore {
  const { text, toOriginal, dodges } = normalizeText(input);
  const { ac, kinds } = getAutomaton();
  const legit: Span[] = [];
  const counter: Span[] = [];
  const found: (Span & { entry: LexiconEntry })[] = [];
  // Node 20's string handling stays linear on short pieces; page blocks are short, long ones are cut.
  for (let from = 0; from < text.length; from += 4000) {
    const piece = text.slice(from, from + 4040);
    for (const m of ac.matchInText(piece)) {
      if (from && m.end <= 40) continue; // wholly inside the overlap: the previous piece found it
      const span = { begin: m.begin + from, end: m.end + from };
      const k = kinds.get(m.keyword)!;
      if (k.legit) legit.push(span);
      if (k.counter) counter.push(span);
      if (k.entry) found.push({ ...span, entry: k.entry });
    }
  }
  if (!found.some((f) => f.entry.family !== 'cue')) return { score: 0, hits: [], families: [], dodges };
  for (const m of text.matchAll(ADDRESS)) legit.push({ begin: m.index!, end: m.index! + m[0].length });
  const inLegit = coverage(legit, text.length);
  const nearCounter = coverage(counter, text.length);
  const own = new Set(options.ownNames ?? []);
  const candidates = outermost(
    found.filter(
      (hit) =>
        !inLegit(hit.begin, hit.end) &&
        standsAlone(text, hit.begin, hit.end, options.segment) &&
        !(LATIN.test(text[hit.begin]) && own.has(latinWordAt(text, hit.begin, hit.end))),
    ),
  );
  const countered = candidates.map(
    (hit) => hit.entry.family !== 'cue' && nearCounter(hit.begin - CONTEXT_WINDOW, hit.end + CONTEXT_WINDOW),
  );
  // A list (“六合彩、百家乐、网上赌场等”) is about spam as a whole when one of its items is: spread both ways.
  const listed = (i: number, j: number) =>
    candidates[i].entry.family !== 'cue' &&
    countered[j] &&
    LIST_GAP.test(
      text.slice(Math.min(candidates[i].end, candidates[j].end), Math.max(candidates[i].begin, candidates[j].begin)),
    );
  for (let i = 1; i < candidates.length; i++) if (!countered[i] && listed(i, i - 1)) countered[i] = true;
  for (let i = candidates.length - 2; i >= 0; i--) if (!countered[i] && listed(i, i + 1)) countered[i] = true;
  const hits = candidates
    .filter((_, i) => !countered[i])
    .map((h) => {
      const start = toOriginal(h.begin);
      const end = toOriginal(h.end - 1) + 1;
      return { ...h.entry, start, end, text: input.slice(start, end) };
    })
    .sort((a, b) => b.weight - a.weight || a.start - b.start);
  const cores = hits.filter((h) => h.family !== 'cue');
  if (!cores.length) return { score: 0, hits: [], families: [], dodges };
  const bonusTerms = new Set(cores.filter((h) => BONUS_FAMILIES.has(h.family)).map((h) => h.term));
  const hasCue = hits.some((h) => h.family === 'cue');
  const score = cores[0].weight + (bonusTerms.size >= 2 ? 1 : 0) + (bonusTerms.size && hasCue ? 1 : 0);
  return { score, hits, families: [...new Set(cores.map((h) => h.family))], dodges };
}

export function isSpamScore(score: SpamScore, concealed: boolean): boolean {
  return score.score >= (concealed ? CONCEALED_THRESHOLD : VISIBLE_THRESHOLD);
}

/** Distinct spam terms of a score (cues left out), as written on the page. */
export function spamTerms(score: SpamScore): string[] {
  return [...new Set(score.hits.filter((h) => h.family !== 'cue').map((h) => h.text))];
}
