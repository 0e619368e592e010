/**
 * Tunes the LM rule of typo-confusion (shared/checks/typo-confusion/lm-slips.ts) on the ECSpell TRAIN
 * splits only — never the test splits. The language model (SunPinyin, sunpinyin-data) was not fitted on
 * ECSpell, so every train sentence is unseen by it; tiers 1+2 mined their pairs from train, so the combined
 * rows here are optimistic for tier 2 and only the differences between settings mean anything.
 * Prints, per setting: LM-only flagged characters and their precision, and the combined strict sentence
 * detection P/R and false alarms (same definitions as scripts/eval-typos.ts).
 * Run: npx tsx scripts/tune-typo-lm.ts   (needs sunpinyin-data; about a minute)
 */
import { readPairs, type SentencePair } from '../crawler/text/bench-data.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { sunpinyinLanguageModel } from '../crawler/text/sunpinyin-files.ts';
import { detectCommonTypos } from '../shared/checks/typo-confusion/detect.ts';
import { DEFAULT_LM_RULE, lmSlips } from '../shared/checks/typo-confusion/lm-slips.ts';
import { detectSeriousErrors } from '../shared/checks/typo-serious/detect.ts';
import type { TextHit } from '../shared/text/scan-blocks.ts';

const TRAIN = ['odw', 'law', 'med'].map((d) => `csc-ecspell/domains_data/${d}.train.tsv`);
const lm = sunpinyinLanguageModel();
if (!lm) throw new Error('sunpinyin-data is not installed (scripts/setup.sh)');

interface Row {
  pair: SentencePair;
  lexicon: TextHit[];
  /** LM candidates at the lowest threshold; a higher threshold is a filter (see lm-slips.ts). */
  lm: TextHit[];
}

const overlaps = (a: TextHit, hits: TextHit[]) => hits.some((h) => h.start < a.end && a.start < h.end);

function collect(context: number): Row[] {
  const rows: Row[] = [];
  for (const file of TRAIN) {
    for (const pair of readPairs(file)) {
      const input = { text: pair.source, segment: jiebaSegment, pageDate: '2024-01-01' };
      const lexicon = [...detectSeriousErrors(input), ...detectCommonTypos(input)].filter((h) => h.outcome !== 'incomplete');
      const lmHits = lmSlips(pair.source, lm!, jiebaSegment, { ...DEFAULT_LM_RULE, context, minGain: 4 }).filter((h) => !overlaps(h, lexicon));
      rows.push({ pair, lexicon, lm: lmHits });
    }
  }
  return rows;
}

function evaluate(rows: Row[], minGain: number): string {
  let lmFlags = 0, lmRight = 0, tp = 0, fp = 0, fn = 0, clean = 0, alarms = 0;
  for (const { pair: { source, target }, lexicon, lm: lmHits } of rows) {
    const hits = [...lexicon, ...lmHits.filter((h) => (h.data!.gain as number) >= minGain)];
    for (const h of lmHits) {
      if ((h.data!.gain as number) < minGain) continue;
      lmFlags++;
      if (target[h.start] === h.suggestion) lmRight++;
    }
    const gold = new Set<number>();
    for (let i = 0; i < source.length; i++) if (source[i] !== target[i]) gold.add(i);
    const predicted = new Set<number>();
    for (const h of hits) for (let i = h.start; i < h.end; i++) if (source[i] !== h.suggestion[i - h.start]) predicted.add(i);
    const same = gold.size === predicted.size && [...gold].every((p) => predicted.has(p));
    if (gold.size > 0) {
      if (same) tp++; else { fn++; if (predicted.size > 0) fp++; }
    } else {
      clean++;
      if (predicted.size > 0) { fp++; alarms++; }
    }
  }
  const f = (x: number) => x.toFixed(3);
  return `LM flags ${lmFlags}, LM char P ${f(lmRight / Math.max(1, lmFlags))} | det P ${f(tp / Math.max(1, tp + fp))} R ${f(tp / Math.max(1, tp + fn))} | false alarms ${(alarms / Math.max(1, clean) * 100).toFixed(1)} %`;
}

for (const context of [4, 5, 6]) {
  const rows = collect(context);
  console.log(`context ${context}: ${rows.length} train sentences`);
  console.log(`  no LM            ${evaluate(rows, Infinity)}`);
  for (const minGain of [6, 7, 8, 9, 10, 11, 12, 14]) console.log(`  minGain ${String(minGain).padEnd(8)} ${evaluate(rows, minGain)}`);
}
