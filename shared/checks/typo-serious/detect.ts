import { confusablesOf, isConfusable, isShapeNeighbour, shapeNeighboursOf } from '../../text/confusable.ts';
import { MultiMatcher } from '../../text/multi-matcher.ts';
import { NearMissMatcher, type NearMiss } from '../../text/near-miss.ts';
import type { Detector, DetectInput, TextHit } from '../../text/scan-blocks.ts';
import { isWord, type Segment } from '../../text/segmenter.ts';
import { LEADERS } from './leaders.ts';
import { FORMULATIONS, INSTITUTIONS, NOT_AN_ERROR, RENAMED, SHORT_FORMS, STATE_AND_PARTY } from './protected-terms.ts';

/** Names (and name + title) are short: only a same-sound or similar-shape substitution, or a swap, counts. */
const NAME_TERMS = new Set(LEADERS.flatMap((l) => [l.name, ...l.posts.map((p) => l.name + p.title)]));
const BASE_TERMS = [...STATE_AND_PARTY, ...INSTITUTIONS, ...SHORT_FORMS, ...FORMULATIONS, ...NAME_TERMS];
const NUMERAL = /[一二三四五六七八九十百零]/;

/** Same sound or similar shape, with the generated 形近字 table (shape-neighbours.ts): 国务完 for 国务院. */
const alike = (intended: string, written: string) => isConfusable(intended, written) || isShapeNeighbour(intended, written);
const alikeChars = (ch: string) => new Set([...confusablesOf(ch), ...shapeNeighboursOf(ch)]);

/** "name + title" whose post had ended by the page's date. */
const STALE_TITLES = new Map(LEADERS.flatMap((l) => l.posts.filter((p) => p.to)
  .map((p) => [l.name + p.title, p.to!] as const)));
let staleMatcher: MultiMatcher | undefined;
const RENAMED_BY_OLD = new Map(RENAMED.map((r) => [r.old, r]));
let renamedMatcher: MultiMatcher | undefined;

const detectors = new Map<string, Detector>();

/** Tier 1 detector for the built-in protected terms plus a site's own (its name, local leaders, agencies). */
export function seriousDetector(extraTerms: readonly string[] = []): Detector {
  const key = extraTerms.join('\u0000');
  let detector = detectors.get(key);
  if (!detector) {
    const matcher = new NearMissMatcher([...BASE_TERMS, ...extraTerms], { edits: ['substitute', 'insert', 'delete', 'swap'],
      accept: isSlip, enumerate: { when: isShort, substitutes: alikeChars } });
    detector = (input) => [...nearMisses(matcher, input), ...staleTitles(input), ...renamedBodies(input)]
      .sort((a, b) => a.start - b.start);
    if (detectors.size > 50) detectors.clear();
    detectors.set(key, detector);
  }
  return detector;
}

export const detectSeriousErrors: Detector = (input) => seriousDetector()(input);

function nearMisses(matcher: NearMissMatcher, { text, segment }: DetectInput): TextHit[] {
  const hits: TextHit[] = [];
  // Shortest window first: report 习近苹 rather than the whole 习近苹新时代中国特色社会主义思想.
  const misses = matcher.find(text).sort((a, b) => (a.end - a.start) - (b.end - b.start) || a.start - b.start);
  for (const miss of misses) {
    if (hits.some((h) => h.start < miss.end && miss.start < h.end)) continue;
    if (miss.kind === 'substitute' && !plausibleInContext(miss, text, segment)) continue;
    hits.push({ start: miss.start, end: miss.end, suggestion: miss.term, messageId: 'serious', tier: 1,
      data: { edit: miss.kind } });
  }
  return hits;
}

/**
 * Which near misses are slips. A term's first or last character dropped or replaced usually means the text
 * goes on with another word (生态环境 + 损害 is not 生态环境部 miswritten), so at the edges only a same-sound
 * or similar-shape substitution counts; short terms and names need one anywhere.
 */
function isSlip(miss: NearMiss): boolean {
  const [a, b] = miss.chars;
  if (NUMERAL.test(a) || NUMERAL.test(b) || NOT_AN_ERROR.test(a + b)) return false;
  if (miss.kind === 'swap') return true;
  const edge = miss.at === miss.start || miss.at >= miss.end - 1;
  const short = isShort(miss.term);
  if (miss.kind === 'substitute') return (!short && !edge) || alike(a, b);
  if (miss.kind === 'delete') return !short && miss.at > miss.start && miss.at < miss.start + miss.term.length - 1;
  return !short && !edge;
}

/**
 * A substituted first or last character that forms a word with the character outside the window is that
 * word, not a slip (社会主义法治国家 holds 义法治国, not 依法治国 miswritten). Without a segmenter only names
 * are trusted at their edges.
 */
function plausibleInContext(miss: NearMiss, text: string, segment: Segment | undefined): boolean {
  const { at } = miss;
  const edge = at === miss.start || at === miss.end - 1;
  if (!edge) return true;
  if (!segment) return NAME_TERMS.has(miss.term);
  if (NAME_TERMS.has(miss.term) && isWord(segment, text.slice(miss.start, miss.end))) return false;
  const outside = at === miss.start ? text.slice(at - 1, at + 1) : text.slice(at, at + 2);
  return outside.length < 2 || !isWord(segment, outside);
}

function isShort(term: string): boolean {
  return term.length <= 4 || NAME_TERMS.has(term);
}

function staleTitles({ text, pageDate }: DetectInput): TextHit[] {
  staleMatcher ??= new MultiMatcher(STALE_TITLES.keys());
  return staleMatcher.findAll(text)
    .filter((m) => pageDate > STALE_TITLES.get(m.keyword)!)
    .map((m) => ({ start: m.begin, end: m.end, suggestion: '核实职务', messageId: 'stale-title', tier: 1 as const,
      outcome: 'incomplete' as const, severity: 'major' as const, data: { until: STALE_TITLES.get(m.keyword)! } }));
}

/** Old institution names on pages dated after the renaming (国土资源部 after 2018-03-19). */
function renamedBodies({ text, pageDate }: DetectInput): TextHit[] {
  renamedMatcher ??= new MultiMatcher(RENAMED_BY_OLD.keys());
  return renamedMatcher.findAll(text)
    // 原国土资源部 says it is history; 农业部门 and 文化部门 are departments, not 农业部 and 文化部.
    .filter((m) => pageDate > RENAMED_BY_OLD.get(m.keyword)!.since && text[m.begin - 1] !== '原' && text[m.end] !== '门')
    .filter((m, i, all) => !all.some((o, j) => j !== i && o.begin <= m.begin && o.end >= m.end && o.end - o.begin > m.end - m.begin))
    .map((m) => {
      const { now, since } = RENAMED_BY_OLD.get(m.keyword)!;
      return { start: m.begin, end: m.end, suggestion: now, messageId: 'renamed', tier: 1 as const,
        outcome: 'incomplete' as const, severity: 'major' as const, data: { until: since } };
    });
}
