/**
 * Scores the typo checks on ../shared/bench (ECSpell test splits, pycorrector EC-LAW):
 * sentence-level detection and correction P/R/F1 and the false-alarm rate on error-free sentences.
 * det = sentence-level detection (flagged positions must equal the wrong ones exactly), cor = pycorrector's
 * sentence-level correction, char = over individual flagged characters, loose = flagged sentences that hold
 * an error / erroneous sentences flagged. "fail + 疑似" counts every spelling finding a user sees (the 疑似
 * list included); "fail only" counts the 问题清单 alone.
 * Run: npm run eval:typos
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR, readPairs, type SentencePair } from '../crawler/text/bench-data.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { libimeLanguageModel } from '../crawler/text/libime-files.ts';
import { sunpinyinLanguageModel } from '../crawler/text/sunpinyin-files.ts';
import { detectCommonTypos } from '../shared/checks/typo-confusion/detect.ts';
import { detectSeriousErrors } from '../shared/checks/typo-serious/detect.ts';
import { detectFormalWriting } from '../shared/checks/typo-format/detect.ts';
import type { LanguageModel } from '../shared/text/language-model.ts';
import type { DetectInput, Detector, TextHit } from '../shared/text/scan-blocks.ts';
import type { Segment } from '../shared/text/segmenter.ts';

const SETS: [string, string][] = [
  ['ECSpell odw (公文) test', 'csc-ecspell/domains_data/odw.test.tsv'],
  ['ECSpell law test', 'csc-ecspell/domains_data/law.test.tsv'],
  ['ECSpell med test', 'csc-ecspell/domains_data/med.test.tsv'],
  ['pycorrector EC-LAW', 'csc-pycorrector-eclaw/ec_law_test.tsv'],
];
const PAGE_DATE = '2024-01-01';

interface Score {
  detP: number;
  detR: number;
  detF1: number;
  corP: number;
  corR: number;
  corF1: number;
  charP: number;
  charR: number;
  falseAlarm: number;
  n: number;
  /** Secondary: flagged sentences whose flags are all at wrong positions, over all flagged sentences. */
  subsetP: number;
  /** Strict false positives, and those among them that are partial detections (right flags, errors missed). */
  strictFP: number;
  partial: number;
  /** Loose sentence metric (issue 19): flagged sentences that hold an error / erroneous sentences flagged. */
  looseP: number;
  looseR: number;
}

interface Mode {
  name: string;
  segment?: Segment;
  languageModels?: readonly LanguageModel[];
}

/**
 * Spelling claims: problems (fail) and 疑似 (suspects the report shows apart for a person to confirm). Stale
 * titles and renamed bodies (also 疑似) correct nothing and are left out.
 */
const spelling = (input: DetectInput): TextHit[] =>
  [...detectSeriousErrors(input), ...detectCommonTypos(input)].filter(
    (h) => h.messageId !== 'stale-title' && h.messageId !== 'renamed',
  );
/** Problems only (the 问题清单): what an inspector gets without reading the 疑似 list. */
const problemsOnly = (input: DetectInput): TextHit[] => spelling(input).filter((h) => h.outcome !== 'incomplete');

function score(pairs: SentencePair[], detect: Detector, { segment, languageModels }: Mode): Score {
  let dTP = 0,
    dFP = 0,
    dFN = 0,
    cTP = 0,
    cFP = 0,
    cFN = 0,
    clean = 0,
    alarms = 0;
  let flagged = 0,
    flaggedRight = 0,
    wrongChars = 0,
    flaggedSentences = 0,
    subsetRight = 0,
    partial = 0;
  let flaggedWithError = 0,
    withError = 0,
    withErrorFlagged = 0;
  for (const { source, target } of pairs) {
    const hits = detect({ text: source, segment, languageModels, pageDate: PAGE_DATE });
    const gold = diffPositions(source, target);
    const predicted = new Set<number>();
    for (const h of hits) spanPositions(source, h).forEach((p) => predicted.add(p));
    const same = gold.size === predicted.size && [...gold].every((p) => predicted.has(p));
    flagged += predicted.size;
    flaggedRight += [...predicted].filter((p) => gold.has(p)).length;
    wrongChars += gold.size;
    if (gold.size > 0) withError++;
    if (gold.size > 0 && predicted.size > 0) {
      flaggedWithError++;
      withErrorFlagged++;
    }
    if (predicted.size > 0) {
      flaggedSentences++;
      if ([...predicted].every((p) => gold.has(p))) subsetRight++;
    }
    if (gold.size > 0) {
      if (same) dTP++;
      else dFN++;
      if (!same && predicted.size > 0) dFP++;
      if (!same && predicted.size > 0 && [...predicted].every((p) => gold.has(p))) partial++;
      if (apply(source, hits) === target) cTP++;
      else cFN++;
    } else {
      clean++;
      if (predicted.size > 0) {
        dFP++;
        alarms++;
        cFP++;
      }
    }
  }
  const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
  const detP = dTP / Math.max(1, dTP + dFP),
    detR = dTP / Math.max(1, dTP + dFN);
  const corP = cTP / Math.max(1, cTP + cFP),
    corR = cTP / Math.max(1, cTP + cFN);
  return {
    detP,
    detR,
    detF1: f1(detP, detR),
    corP,
    corR,
    corF1: f1(corP, corR),
    charP: flaggedRight / Math.max(1, flagged),
    charR: flaggedRight / Math.max(1, wrongChars),
    falseAlarm: alarms / Math.max(1, clean),
    n: pairs.length,
    subsetP: subsetRight / Math.max(1, flaggedSentences),
    strictFP: dFP,
    partial,
    looseP: flaggedWithError / Math.max(1, flaggedSentences),
    looseR: withErrorFlagged / Math.max(1, withError),
  };
}

function diffPositions(a: string, b: string): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) out.add(i);
  return out;
}

/** Characters a hit marks as wrong: those that differ from the suggestion (the whole span when lengths differ). */
function spanPositions(text: string, h: TextHit): number[] {
  const span = text.slice(h.start, h.end);
  const out: number[] = [];
  for (let i = 0; i < span.length; i++) {
    if (span.length !== h.suggestion.length || span[i] !== h.suggestion[i]) out.push(h.start + i);
  }
  return out;
}

function apply(text: string, hits: TextHit[]): string {
  let out = text;
  for (const h of [...hits].sort((a, b) => b.start - a.start))
    out = out.slice(0, h.start) + h.suggestion + out.slice(h.end);
  return out;
}

const pct = (x: number) => x.toFixed(3);
const sunpinyin = sunpinyinLanguageModel();
const libime = libimeLanguageModel();
const MODES: Mode[] = [
  { name: 'tiers 1+2, jieba', segment: jiebaSegment },
  ...(sunpinyin ? [{ name: 'tiers 1+2, jieba + LM', segment: jiebaSegment, languageModels: [sunpinyin] }] : []),
  ...(sunpinyin && libime
    ? [{ name: 'tiers 1+2, jieba + 2 LMs', segment: jiebaSegment, languageModels: [sunpinyin, libime] }]
    : []),
  { name: 'tiers 1+2, dictionary mode' },
];
const rows: string[] = [
  '| data set | sentences | mode | det P | det R | det F1 | cor P | cor R | cor F1 | char P | char R | false ' +
    'alarms (clean) | det P ⊆ | loose P | loose R |',
  '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
];
const row = (name: string, s: Score, mode: string) =>
  `| ${name} | ${s.n} | ${mode} | ${pct(s.detP)} | ${pct(s.detR)} | ${pct(s.detF1)} | ` +
  `${pct(s.corP)} | ${pct(s.corR)} | ${pct(s.corF1)} | ${pct(s.charP)} | ${pct(s.charR)} |` +
  ` ${(s.falseAlarm * 100).toFixed(1)} % | ` +
  `${pct(s.subsetP)} | ${pct(s.looseP)} | ${pct(s.looseR)} |`;
const multiError: string[] = [];
const breakdown: string[] = [];
for (const [name, file] of SETS) {
  const pairs = readPairs(file);
  for (const mode of MODES) {
    const s = score(pairs, spelling, mode);
    if (mode.segment)
      breakdown.push(
        `${name}, ${mode.name}: ${s.strictFP} strict false positives, ${s.partial} of them partial detections ` +
          `(every flag right, another error missed)`,
      );
    rows.push(row(name, s, `${mode.name}, fail + 疑似`));
    if (mode.languageModels?.length === 2)
      rows.push(row(name, score(pairs, problemsOnly, mode), `${mode.name}, fail only`));
  }
  const clean = pairs.filter((p) => p.source === p.target);
  const formal = score(clean, detectFormalWriting, { name: 'tier 3', segment: jiebaSegment });
  rows.push(
    `| ${name} | ${clean.length} clean | tier 3 only | – | – | – | – | – | – | – | – |` +
      ` ${(formal.falseAlarm * 100).toFixed(1)} % | – | – | – |`,
  );
  const wrong = pairs.map((p) => diffPositions(p.source, p.target).size).filter((k) => k > 0);
  multiError.push(
    `${name}: ${wrong.length} sentences with errors, ${wrong.filter((k) => k >= 2).length} with 2+ wrong characters`,
  );
}
console.log(rows.join('\n'));
if (!sunpinyin || !libime)
  console.log('\n(rows with LMs need sunpinyin-data and libime-data-language-model: run scripts/setup.sh)');
console.log(['', ...multiError, '', ...breakdown].join('\n'));

/**
 * Held-out dictionary coverage: the community 错→正 lists of ../shared/bench/typo-pairs-zh (not used to build
 * our dictionary), each form put into a neutral carrier sentence. Recall = wrong form flagged; accuracy =
 * suggestion equals the listed correction; false alarms = the correct form flagged.
 */
function heldOutPairs({ name, segment, languageModels }: Mode): string {
  const lines = readFileSync(join(BENCH_DIR, 'typo-pairs-zh/typo_pairs_merged.tsv'), 'utf8').split('\n').slice(1);
  const pairs = lines.map((l) => l.split('\t')).filter((c) => c.length >= 2 && c[0] && c[1]);
  const carrier = (w: string) => `我们认为${w}这个说法需要注意。`;
  let flagged = 0,
    right = 0,
    alarms = 0;
  for (const [wrong, correct] of pairs) {
    const at = 4;
    const hits = spelling({ text: carrier(wrong), segment, languageModels, pageDate: PAGE_DATE }).filter(
      (h) => h.start < at + wrong.length && at < h.end,
    );
    if (hits.length > 0) flagged++;
    if (
      hits.some(
        (h) => carrier(wrong).slice(0, h.start) + h.suggestion + carrier(wrong).slice(h.end) === carrier(correct),
      )
    )
      right++;
    if (spelling({ text: carrier(correct), segment, languageModels, pageDate: PAGE_DATE }).length > 0) alarms++;
  }
  const n = pairs.length;
  return (
    `| typo-pairs-zh (${n} pairs) | ${name} | ${pct(flagged / n)} | ${pct(right / n)} |` +
    ` ${((alarms / n) * 100).toFixed(1)} % |`
  );
}
console.log(
  [
    '',
    '| held-out list | mode | span recall | suggestion accuracy | false alarms on correct forms |',
    '|---|---|---|---|---|',
    ...MODES.map(heldOutPairs),
  ].join('\n'),
);
