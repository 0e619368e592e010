import { AhoCorasick } from '@monyone/aho-corasick/fast';
import { BONUS_FAMILIES, CONTEXT_WINDOW, COUNTER_CONTEXT, LEGITIMATE, LEXICON, type LexiconEntry, type SpamFamily } from './lexicon.ts';
import { normalizeText } from './normalize.ts';

export interface SpamHit extends LexiconEntry {
  /** Offsets in the original text (end exclusive). */
  start: number;
  end: number;
  /** The text as written on the page (may contain the dodging characters). */
  text: string;
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
const overlaps = (a: Span, b: Span) => a.begin < b.end && b.begin < a.end;
const inside = (a: Span, b: Span) => b.begin <= a.begin && a.end <= b.end && (a.end - a.begin) < (b.end - b.begin);

/** Scores a piece of text for spam: matches the lexicon, drops legitimate and counter-context uses, weighs the rest. */
export function scoreText(input: string): SpamScore {
  const { text, origin, dodges } = normalizeText(input);
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
  const candidates = found.filter((hit) => !legit.some((l) => overlaps(hit, l)) && !found.some((other) => inside(hit, other)))
    .sort((a, b) => a.begin - b.begin);
  const countered = candidates.map((hit) => hit.entry.family !== 'cue' &&
    counter.some((c) => c.end > hit.begin - CONTEXT_WINDOW && c.begin < hit.end + CONTEXT_WINDOW));
  // A list (“六合彩、百家乐、网上赌场等”) is about spam as a whole when one of its items is.
  for (let changed = true; changed;) {
    changed = false;
    candidates.forEach((hit, i) => {
      if (countered[i] || hit.entry.family === 'cue') return;
      const listed = [i - 1, i + 1].some((j) => countered[j] && LIST_GAP.test(text.slice(
        Math.min(hit.end, candidates[j].end), Math.max(hit.begin, candidates[j].begin))));
      if (listed) countered[i] = changed = true;
    });
  }
  const counted = candidates.filter((_, i) => !countered[i]);
  const hits = counted
    .map((h) => ({ ...h.entry, start: origin[h.begin], end: origin[h.end - 1] + 1, text: input.slice(origin[h.begin], origin[h.end - 1] + 1) }))
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
