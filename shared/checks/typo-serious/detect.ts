import { confusablesOf, isConfusable, isShapeNeighbour, shapeNeighboursOf } from '../../text/confusable.ts';
import { MultiMatcher } from '../../text/multi-matcher.ts';
import { NearMissMatcher, type NearMiss } from '../../text/near-miss.ts';
import type { Detector, DetectInput, TextHit } from '../../text/scan-blocks.ts';
import { isWord, type Segment } from '../../text/segmenter.ts';
import { foreignBefore, foreignInClause } from '../../text/countries.ts';
import { correctionGain, DEFAULT_LM_RULE } from '../typo-confusion/lm-slips.ts';
import { asSuspect } from '../../text/suspect.ts';
import { LEADERS } from './leaders.ts';
import {
  FORMULATIONS,
  IN_USE_SINCE,
  INSTITUTIONS,
  NOT_AN_ERROR,
  RENAMED,
  SHORT_FORMS,
  STATE_AND_PARTY,
} from './protected-terms.ts';

/** Names (and name + title) are short: only a same-sound or similar-shape substitution, or a swap, counts. */
const NAME_TERMS = new Set(LEADERS.flatMap((l) => [l.name, ...l.posts.map((p) => l.name + p.title)]));
const BASE_TERMS = [...STATE_AND_PARTY, ...INSTITUTIONS, ...SHORT_FORMS, ...FORMULATIONS, ...NAME_TERMS];
const NUMERAL = /[一二三四五六七八九十百零]/;
const FUNCTION_CHARS = /[的了在是和与及对将把被从向为并于等之其而或以所也都就还又不有这那个]/;

/**
 * Same sound or similar shape, with the generated 形近字 table (shared/data/shape-neighbours.json): 国务完 for 国务院.
 */
const alike = (intended: string, written: string) =>
  isConfusable(intended, written) || isShapeNeighbour(intended, written);
const alikeChars = (ch: string) => new Set([...confusablesOf(ch), ...shapeNeighboursOf(ch)]);

/** "name + title" whose post had ended by the page's date. */
const STALE_TITLES = new Map(
  LEADERS.flatMap((l) => l.posts.filter((p) => p.to).map((p) => [l.name + p.title, p.to!] as const)),
);
let staleMatcher: MultiMatcher | undefined;
const RENAMED_BY_OLD = new Map(RENAMED.map((r) => [r.old, r]));
let renamedMatcher: MultiMatcher | undefined;

/** Tier 1 detector for the built-in protected terms plus a site's own (its name, local leaders, agencies). */
export function seriousDetector(extraTerms: readonly string[] = []): Detector {
  return (input) =>
    [...nearMisses(matcherFor(input.pageDate, extraTerms), input), ...staleTitles(input), ...renamedBodies(input)].sort(
      (a, b) => a.start - b.start,
    );
}

/** Dates where the set of terms in use changes (IN_USE_SINCE), ascending. */
const ERAS = [...new Set(Object.values(IN_USE_SINCE))].sort();
const matcherByEra = new Map<string, NearMissMatcher>();

/**
 * The matcher of the terms in use on the page's date (IN_USE_SINCE), plus the site's. Keyed by the era (the
 * last date ≤ the page's where the set changed) and the site's terms, so a block costs a lookup, not a build.
 */
function matcherFor(pageDate: string, extraTerms: readonly string[]): NearMissMatcher {
  let era = '';
  for (const d of ERAS) if (d <= pageDate) era = d;
  const key = `${era}\u0000${extraTerms.join('\u0000')}`;
  let matcher = matcherByEra.get(key);
  if (!matcher) {
    const terms = [...BASE_TERMS.filter((t) => !(pageDate < (IN_USE_SINCE[t] ?? ''))), ...extraTerms];
    matcher = new NearMissMatcher(terms, {
      edits: ['substitute', 'insert', 'delete', 'swap'],
      accept: isSlip,
      enumerate: { when: isShort, substitutes: alikeChars },
    });
    if (matcherByEra.size > 50) matcherByEra.clear();
    matcherByEra.set(key, matcher);
  }
  return matcher;
}

export const detectSeriousErrors: Detector = (input) => seriousDetector()(input);

function nearMisses(matcher: NearMissMatcher, input: DetectInput): TextHit[] {
  const { text, segment } = input;
  const hits: TextHit[] = [];
  // Shortest window first: report 习近苹 rather than the whole 习近苹新时代中国特色社会主义思想.
  const misses = matcher.find(text).sort((a, b) => a.end - a.start - (b.end - b.start) || a.start - b.start);
  for (const miss of misses) {
    if (hits.some((h) => h.start < miss.end && miss.start < h.end)) continue;
    const evidence = segment ? evidenceInContext(miss, { ...input, segment }) : withoutSegmenter(miss);
    if (evidence === 'none') continue;
    const hit: TextHit = {
      start: miss.start,
      end: miss.end,
      suggestion: miss.term,
      messageId: 'serious',
      tier: 1,
      data: { edit: miss.kind },
    };
    hits.push(evidence === 'strong' ? hit : asSuspect({ ...hit, severity: 'major' }, 0.4));
  }
  return hits;
}

/**
 * Which near misses are slips. A term's first or last character dropped or replaced usually means the text
 * goes on with another word (生态环境 + 损害 is not 生态环境部 miswritten), so at the edges only a same-sound
 * or similar-shape substitution counts; short terms and names need one anywhere. An inserted character must
 * repeat, or sound or look like, a neighbour (中华人民共和和国): 中华民族的伟大复兴 and 香港为特别行政区 are
 * grammar, not slips.
 */
function isSlip(miss: NearMiss, text: string): boolean {
  const [a, b] = miss.chars;
  if (NUMERAL.test(a) || NUMERAL.test(b) || NOT_AN_ERROR.test(a + b)) return false;
  if (miss.kind === 'swap') return true;
  const edge = miss.at === miss.start || miss.at >= miss.end - 1;
  const short = isShort(miss.term);
  if (miss.kind === 'substitute') return (!short && !edge) || alike(a, b);
  if (miss.kind === 'delete') return !short && miss.at > miss.start && miss.at < miss.start + miss.term.length - 1;
  const neighbours = [text[miss.at - 1], text[miss.at + 1]];
  return !short && !edge && neighbours.some((n) => n === b || alike(n, b));
}

/**
 * How sure a near miss is, read with the segmenter (and the language models, where the host has them).
 * None after another country's name (美国国土安全部), or when the text is another phrase: an unlike edit,
 * or any edit at the window's edge, next to a word across that edge (德国统计局, 港澳特别行政区,
 * 国家卫生健康委将会同); a dropped character between two words (中国现代化建设); a written character
 * that neither sounds nor looks like the intended one and forms a word with a neighbour (国土安全部,
 * 高质量开展, 中华人民共和国刑法) unless the models find the term far more probable (中共人民共和国: 疑似).
 * Weak (疑似) when an alike character forms a word with a neighbour in a short term, or an unlike one forms none.
 */
function evidenceInContext(
  miss: NearMiss,
  { text, segment, languageModels }: DetectInput & { segment: Segment },
): Evidence {
  const name = NAME_TERMS.has(miss.term);
  if (foreignBefore(text, miss.start)) return 'none';
  if (name && isWord(segment, text.slice(miss.start, miss.end))) return 'none';
  const [intended, written] = miss.chars;
  const alikeSlip = miss.kind === 'substitute' && alike(intended, written);
  const atEdge = miss.at === miss.start || miss.at === miss.end - 1;
  const wordAcrossEdge =
    isWord(segment, text.slice(Math.max(0, miss.start - 1), miss.start + 1)) ||
    isWord(segment, text.slice(miss.end - 1, miss.end + 1));
  if (!name && wordAcrossEdge && (atEdge || !alikeSlip)) return 'none';
  // A function character at the edge starts the next clause (生态环境不受损害), it does not end the term.
  if (!name && atEdge && FUNCTION_CHARS.test(written)) return 'none';
  if (miss.kind === 'delete') return droppedBetweenWords(miss, text, segment) ? 'none' : 'strong';
  if (miss.kind !== 'substitute') return 'strong';
  // 中国的现代化, 中国在现代化建设: a function word in place of an unlike character is grammar, not a slip.
  if (!alikeSlip && FUNCTION_CHARS.test(written)) return 'none';
  const { at } = miss;
  const formsWord = isWord(segment, text.slice(Math.max(0, at - 1), at + 1)) || isWord(segment, text.slice(at, at + 2));
  if (!formsWord) return alikeSlip ? 'strong' : 'weak';
  // 社会主意思想: a sound-alike inside a long term, the rest exact, is a slip even where it makes a word.
  if (alikeSlip) return name ? 'none' : isShort(miss.term) ? 'weak' : 'strong';
  const gain = languageModels?.length
    ? correctionGain(languageModels, text, miss.start, miss.end, miss.term)
    : undefined;
  return gain !== undefined && gain >= DEFAULT_LM_RULE.minGain ? 'weak' : 'none';
}

type Evidence = 'strong' | 'weak' | 'none';

/** The written text reads as two words meeting where the character was dropped: 中国|现代化, not 中国|共党. */
function droppedBetweenWords(miss: NearMiss, text: string, segment: Segment): boolean {
  const from = Math.max(0, miss.start - 2);
  let pos = from;
  const tokens = segment(text.slice(from, Math.min(text.length, miss.end + 2))).map((t) => ({
    start: pos,
    end: (pos += t.length),
  }));
  const before = tokens.find((t) => t.end === miss.at);
  const after = tokens.find((t) => t.start === miss.at);
  return before !== undefined && after !== undefined && before.end - before.start > 1 && after.end - after.start > 1;
}

/** Without a segmenter only names are trusted at their edges. */
function withoutSegmenter(miss: NearMiss): 'strong' | 'none' {
  const edge = miss.at === miss.start || miss.at === miss.end - 1;
  return miss.kind === 'substitute' && edge && !NAME_TERMS.has(miss.term) ? 'none' : 'strong';
}

function isShort(term: string): boolean {
  return term.length <= 4 || NAME_TERMS.has(term);
}

/** A name with a title the person no longer held on the page's date: maybe a historical report (疑似). */
function staleTitles({ text, pageDate }: DetectInput): TextHit[] {
  staleMatcher ??= new MultiMatcher(STALE_TITLES.keys());
  return staleMatcher
    .findAll(text)
    .filter((m) => pageDate > STALE_TITLES.get(m.keyword)!)
    .map((m) =>
      asSuspect(
        {
          start: m.begin,
          end: m.end,
          suggestion: '核实职务',
          messageId: 'stale-title',
          tier: 1,
          severity: 'major',
          data: { until: STALE_TITLES.get(m.keyword)! },
        },
        0.3,
      ),
    );
}

/**
 * What shows an old institution name is not presented as current: 原国土资源部 (history), 农业部门 (a
 * department), 环境保护部令第38号 and 环境保护部〔2017〕… (a citation of its order or document), 美国农业部 and
 * 文化部长 (another country's ministry and minister: ours would be 文化和旅游部部长), a body listed in a clause
 * that names another country (墨西哥经济部和农业部).
 */
const CITED_AFTER = /^(?:令|〔|\[)/;

/** Old institution names on pages dated after the renaming (国土资源部 after 2018-03-19): 疑似, for a person. */
function renamedBodies({ text, pageDate }: DetectInput): TextHit[] {
  renamedMatcher ??= new MultiMatcher(RENAMED_BY_OLD.keys());
  return renamedMatcher
    .findAll(text)
    .filter(
      (m) =>
        pageDate > RENAMED_BY_OLD.get(m.keyword)!.since &&
        text[m.begin - 1] !== '原' &&
        !/^[门长]/.test(text[m.end] ?? '') &&
        !CITED_AFTER.test(text.slice(m.end, m.end + 2)) &&
        !foreignInClause(text, m.begin),
    )
    .filter(
      (m, i, all) =>
        !all.some((o, j) => j !== i && o.begin <= m.begin && o.end >= m.end && o.end - o.begin > m.end - m.begin),
    )
    .map((m) => {
      const { now, since } = RENAMED_BY_OLD.get(m.keyword)!;
      return asSuspect(
        {
          start: m.begin,
          end: m.end,
          suggestion: now,
          messageId: 'renamed',
          tier: 1,
          severity: 'major',
          data: { until: since },
        },
        0.5,
      );
    });
}
