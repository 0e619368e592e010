/**
 * Throughput of each text-check tier on one core (process CPU time, best of 3 passes): MB/s of UTF-8
 * Chinese text (1 MB = 10^6 bytes).
 * Input: the error-free sentences of the ECSpell TRAIN splits, joined into ~200-character paragraphs and
 * repeated to about 4 MB (script errors: the same text converted to traditional with OpenCC; the LM rows use
 * the first 0.5 MB, as they are slower). The LM rows need sunpinyin-data (scripts/setup.sh).
 * Run: npm run bench:text
 */
import { Converter } from 'opencc-js';
import { readPairs } from '../crawler/text/bench-data.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { crawlerLanguageModels } from '../crawler/text/language-models.ts';
import { sunpinyinLanguageModel } from '../crawler/text/sunpinyin-files.ts';
import { detectCommonTypos } from '../shared/checks/typo-confusion/detect.ts';
import { lmSlips } from '../shared/checks/typo-confusion/lm-slips.ts';
import { detectFormalWriting } from '../shared/checks/typo-format/detect.ts';
import { detectScriptErrors } from '../shared/checks/typo-script/detect.ts';
import { detectSeriousErrors } from '../shared/checks/typo-serious/detect.ts';
import type { Detector } from '../shared/text/scan-blocks.ts';

const TARGET_BYTES = 4_000_000;
const sentences = ['odw', 'law', 'med']
  .flatMap((d) => readPairs(`csc-ecspell/domains_data/${d}.train.tsv`))
  .map((p) => p.target);
const paragraphs: string[] = [];
let current = '';
let bytes = 0;
for (let i = 0; bytes < TARGET_BYTES; i++) {
  current += sentences[i % sentences.length];
  if (current.length >= 200) {
    paragraphs.push(current);
    bytes += Buffer.byteLength(current);
    current = '';
  }
}
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const traditional = paragraphs.map((p) => toTraditional(p));

/** CPU seconds of this process (user + system): one core's work, whatever else the machine is running. */
function cpuSeconds(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1e6;
}

/** Best of three passes; the first call, which builds automata and loads dictionaries, is timed apart. */
function measure(name: string, blocks: string[], detect: Detector): string {
  const size = blocks.reduce((n, b) => n + Buffer.byteLength(b), 0);
  const warm = cpuSeconds();
  detect({ text: blocks[0], segment: jiebaSegment, pageDate: '2024-01-01' });
  const setupMs = (cpuSeconds() - warm) * 1000;
  let best = Infinity;
  let hits = 0;
  for (let pass = 0; pass < 3; pass++) {
    const started = cpuSeconds();
    hits = 0;
    for (const text of blocks) hits += detect({ text, segment: jiebaSegment, pageDate: '2024-01-01' }).length;
    best = Math.min(best, cpuSeconds() - started);
  }
  const rate = size / 1e6 / best;
  // Two significant digits below 10 MB/s: the LM rows (0.4–1 MB/s) would otherwise hide ±20 % changes.
  return (
    `| ${name} | ${(size / 1e6).toFixed(1)} | ${rate < 10 ? rate.toPrecision(2) : rate.toFixed(1)} | ${hits} ` +
    `| ${setupMs.toFixed(0)} |`
  );
}

const noSegment =
  (detect: Detector): Detector =>
  (input) =>
    detect({ ...input, segment: undefined });
const sunpinyin = sunpinyinLanguageModel();
const models = crawlerLanguageModels();
const lmBlocks = paragraphs.slice(0, Math.ceil(paragraphs.length / 8));
const lmRows = sunpinyin
  ? [
      measure('2 LM rule alone (SunPinyin trigram, jieba check)', lmBlocks, ({ text, segment }) =>
        lmSlips(text, [sunpinyin], segment),
      ),
      ...(models.length > 1
        ? [
            measure('2 LM rule alone (SunPinyin + libime judging)', lmBlocks, ({ text, segment }) =>
              lmSlips(text, models, segment),
            ),
          ]
        : []),
      measure(`2 common typos, jieba + ${models.length} LM(s)`, lmBlocks, (input) =>
        detectCommonTypos({ ...input, languageModels: models }),
      ),
    ]
  : ['| (LM rows skipped: sunpinyin-data not installed) | | | | |'];
const tiers13: Detector = (input) => [...detectSeriousErrors(input), ...detectFormalWriting(input)];
console.log(
  [
    '| tier | MB | MB/s | hits | first call (build), ms |',
    '|---|---|---|---|---|',
    measure('1 serious (near-miss matcher)', paragraphs, detectSeriousErrors),
    measure('3 formal writing', paragraphs, detectFormalWriting),
    measure('1 + 3 together', paragraphs, tiers13),
    measure('2 common typos, jieba', paragraphs, detectCommonTypos),
    measure('2 common typos, dictionary mode', paragraphs, noSegment(detectCommonTypos)),
    ...lmRows,
    measure('script (traditional text, OpenCC)', traditional, ({ text }) => detectScriptErrors(text)),
  ].join('\n'),
);
