/**
 * Tunes the LM rule of typo-confusion (shared/checks/typo-confusion/lm-slips.ts) on the ECSpell TRAIN
 * splits only — never the test splits. The language models (SunPinyin's, libime's) were not fitted on
 * ECSpell, so every train sentence is unseen by them; tiers 1+2 mined their pairs from train, so the combined
 * rows here are optimistic for tier 2 and only the differences between settings mean anything.
 * Prints, per setting: LM-only flagged characters and their precision, and the combined strict sentence
 * detection P/R and false alarms (same definitions as scripts/eval-typos.ts).
 * Run: npx tsx scripts/tune-typo-lm.ts [context]   (needs sunpinyin-data, libime-data-language-model optional; a few
 * minutes)
 */
import { readPairs, type SentencePair } from '../crawler/text/bench-data.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { crawlerLanguageModels } from '../crawler/text/language-models.ts';
import { sunpinyinLanguageModel } from '../crawler/text/sunpinyin-files.ts';
import type { LanguageModel } from '../shared/text/language-model.ts';
import { detectCommonTypos } from '../shared/checks/typo-confusion/detect.ts';
import { DEFAULT_LM_RULE, lmSlips } from '../shared/checks/typo-confusion/lm-slips.ts';
import { detectSeriousErrors } from '../shared/checks/typo-serious/detect.ts';
import type { TextHit } from '../shared/text/scan-blocks.ts';

const DOMAINS = ['odw', 'law', 'med'];
const sunpinyin = sunpinyinLanguageModel();
if (!sunpinyin) throw new Error('sunpinyin-data is not installed (scripts/setup.sh)');
/** The crawler's models (SunPinyin, and libime's when installed): the grid below tunes for them. */
const models = crawlerLanguageModels();

interface Row {
  domain: string;
  pair: SentencePair;
  lexicon: TextHit[];
  /** LM candidates at the lowest thresholds; higher thresholds are a filter (nearly exact, see lm-slips.ts). */
  lm: TextHit[];
}

interface Setting {
  minGain: number;
  minGainWord: number;
  termBonus: number;
}

const overlaps = (a: TextHit, hits: TextHit[]) => hits.some((h) => h.start < a.end && a.start < h.end);
const changed = (source: string, h: TextHit) =>
  [...h.suggestion].map((ch, k) => h.start + k).filter((p) => source[p] !== h.suggestion[p - h.start]);

function collect(context: number): Row[] {
  const rows: Row[] = [];
  for (const domain of DOMAINS) {
    for (const pair of readPairs(`csc-ecspell/domains_data/${domain}.train.tsv`)) {
      const input = { text: pair.source, segment: jiebaSegment, pageDate: '2024-01-01' };
      const lexicon = [...detectSeriousErrors(input), ...detectCommonTypos(input)].filter(
        (h) => h.outcome !== 'incomplete',
      );
      const lmHits = lmSlips(pair.source, models, jiebaSegment, {
        ...DEFAULT_LM_RULE,
        context,
        minGain: 6,
        minGainWord: 6,
        termBonus: 0,
      });
      rows.push({ domain, pair, lexicon, lm: lmHits });
    }
  }
  return rows;
}

const kept = (h: TextHit, s: Setting) =>
  (h.data!.gain as number) >= (h.end - h.start > 1 ? s.minGainWord : s.minGain) - (h.data!.term ? s.termBonus : 0);

/** Strict sentence detection as in eval-typos.ts, with the LM rule alone (lmOnly) or after tiers 1+2. */
function evaluate(rows: Row[], setting: Setting, lmOnly: boolean): string {
  let lmChars = 0,
    lmRight = 0,
    tp = 0,
    fp = 0,
    fn = 0,
    clean = 0,
    alarms = 0;
  for (const row of rows) {
    const {
      pair: { source, target },
    } = row;
    const lexicon = lmOnly ? [] : row.lexicon;
    const lmKept = row.lm.filter((h) => kept(h, setting) && !overlaps(h, lexicon));
    for (const h of lmKept)
      for (const p of changed(source, h)) {
        lmChars++;
        if (target[p] === h.suggestion[p - h.start]) lmRight++;
      }
    const gold = new Set<number>();
    for (let i = 0; i < source.length; i++) if (source[i] !== target[i]) gold.add(i);
    const predicted = new Set([...lexicon, ...lmKept].flatMap((h) => changed(source, h)));
    const same = gold.size === predicted.size && [...gold].every((p) => predicted.has(p));
    if (gold.size > 0) {
      if (same) tp++;
      else {
        fn++;
        if (predicted.size > 0) fp++;
      }
    } else {
      clean++;
      if (predicted.size > 0) {
        fp++;
        alarms++;
      }
    }
  }
  const f = (x: number) => x.toFixed(3);
  return (
    `LM chars ${String(lmChars).padStart(4)}, LM char P ${f(lmRight / Math.max(1, lmChars))} | det P` +
    ` ${f(tp / Math.max(1, tp + fp))} R ${f(tp / Math.max(1, tp + fn))} | false alarms` +
    ` ${((alarms / Math.max(1, clean)) * 100).toFixed(1)} %`
  );
}

/** The rule exactly as configured (rounds > 1 make the threshold filter above approximate). */
function asConfigured(rows: Row[], rounds: number, judges: readonly LanguageModel[] = models): string {
  const again = rows.map((r) => ({
    ...r,
    lm: lmSlips(r.pair.source, judges, jiebaSegment, { ...DEFAULT_LM_RULE, rounds }),
  }));
  return evaluate(again, { minGain: 0, minGainWord: 0, termBonus: 0 }, true);
}

/** Tiers 1+2 with the LM rule inside typo-confusion, as the crawler runs them (optimistic on train, see top). */
function combinedAsConfigured(rows: Row[]): string {
  const again = rows.map((r) => {
    const input = { text: r.pair.source, segment: jiebaSegment, languageModels: models, pageDate: '2024-01-01' };
    return {
      ...r,
      lexicon: [...detectSeriousErrors(input), ...detectCommonTypos(input)].filter((h) => h.outcome !== 'incomplete'),
      lm: [],
    };
  });
  return evaluate(again, { minGain: 0, minGainWord: 0, termBonus: 0 }, false);
}

const context = Number(process.argv[2] ?? DEFAULT_LM_RULE.context);
const rows = collect(context);
for (const [name, subset] of [
  ['odw train', rows.filter((r) => r.domain === 'odw')],
  ['odw+law+med train', rows],
] as const) {
  console.log(`${name} (${subset.length} sentences), context ${context}`);
  for (const rounds of [1, 2, 3])
    console.log(`  default rule, ${rounds} round(s), LM alone: ${asConfigured(subset, rounds)}`);
  if (models.length > 1)
    console.log(
      `  default rule, SunPinyin's model judging alone: ${asConfigured(subset, DEFAULT_LM_RULE.rounds, [sunpinyin])}`,
    );
  console.log(`  default rule after tiers 1+2, as configured: ${combinedAsConfigured(subset)}`);
  console.log(
    `  tiers 1+2 only (optimistic: their pairs were mined from train):` +
      ` ${evaluate(subset, { minGain: Infinity, minGainWord: Infinity, termBonus: 0 }, false)}`,
  );
  for (const minGain of [8, 9, 10, 11]) {
    for (const minGainWord of [10, 12, 14, Infinity]) {
      for (const termBonus of [0, 2, 3]) {
        const setting = { minGain, minGainWord, termBonus };
        console.log(
          `  minGain ${String(minGain).padEnd(3)} minGainWord ${String(minGainWord).padEnd(8)} termBonus` +
            ` ${termBonus} LM alone: ${evaluate(subset, setting, true)}  ||  after tiers 1+2:` +
            ` ${evaluate(subset, setting, false)}`,
        );
      }
    }
  }
}
