/**
 * Scores the spam checks on ../shared/bench: injects terms and domains from spam-keywords-zh into clean
 * official sentences (ECSpell odw), visibly and hidden, and measures recall; runs the clean sentences alone
 * (visible and hidden) for the false-alarm rate. Deterministic (seeded).
 * Run: npm run eval:spam
 * With `--real` (or `--real-only`) it first scores the real material of ../shared/bench/real-gov (see
 * eval-spam-real.ts; `--no-render` skips Chromium, `--sample N` takes every N-th hacked page).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from '../crawler/text/bench-data.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { snapshotOf } from '../crawler/page/snapshot-from-html.ts';
import { CHECKS } from '../shared/checks/index.ts';
import type { PageCheck } from '../shared/checks/types.ts';
import { scoreText } from '../shared/spam/matcher.ts';
import { itemsOnTheSpot } from '../shared/engine/shared-analyses.ts';
import { evalRealMaterial } from './eval-spam-real.ts';

const SPAM = join(BENCH_DIR, 'spam-keywords-zh');
const ODW = join(BENCH_DIR, 'csc-ecspell/domains_data');
const DOMAIN_SAMPLE = 2000;
const HIDING = [
  'display:none',
  'visibility:hidden',
  'position:absolute;left:-9999px',
  'font-size:0',
  'width:0;height:0;overflow:hidden',
  'color:#fff;background:#fff',
];
const CHECKS_RUN = CHECKS.filter((c): c is PageCheck => c.category === 'spam' && c.scope === 'page');

let seed = 20240301;
const random = () => {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
};
const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)];
const lines = (file: string) => [
  ...new Set(
    readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean),
  ),
];
const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

function cleanSentences(): string[] {
  const test = lines(join(ODW, 'odw.test.jsonl')).map((l) => JSON.parse(l).correct_text as string);
  const train = lines(join(ODW, 'odw.train.tsv'))
    .map((l) => l.split('\t')[2])
    .filter(Boolean);
  return [...new Set([...test, ...train])];
}

/** Outcome of the spam checks on one page: a failing finding, only review items, or nothing. */
async function judge(body: string): Promise<'fail' | 'review' | 'none'> {
  const page = snapshotOf(
    `<html><head><title>通知公告</title></head><body>${body}</body></html>`,
    'http://www.example.gov.cn/art/1.html',
  );
  const info = {
    siteUrl: 'http://www.example.gov.cn/',
    asOf: '2024-03-01',
    profiles: [],
    options: {},
    signal: new AbortController().signal,
    segment: jiebaSegment,
  };
  let review = false;
  for (const check of CHECKS_RUN) {
    for (const r of await check.run({ ...info, page, item: itemsOnTheSpot({ ...info, page }) })) {
      if ((r.outcome ?? 'fail') === 'fail') return 'fail';
      review = true;
    }
  }
  return review ? 'review' : 'none';
}

interface Row {
  name: string;
  n: number;
  visible: number;
  visibleOrReview: number;
  hidden: number;
  hiddenOrReview: number;
}
const pct = (k: number, n: number) => `${((100 * k) / Math.max(1, n)).toFixed(1)}%`;

async function recall(
  name: string,
  items: string[],
  sentences: string[],
  inject: (item: string, sentence: string, hiding?: string) => string,
  byHiding?: Map<string, [number, number]>,
): Promise<Row> {
  let visible = 0;
  let visibleOrReview = 0;
  let hidden = 0;
  let hiddenOrReview = 0;
  for (const item of items) {
    const shown = await judge(inject(item, pick(sentences)));
    if (shown === 'fail') visible++;
    if (shown !== 'none') visibleOrReview++;
    const hiding = pick(HIDING);
    const outcome = await judge(inject(item, pick(sentences), hiding));
    const caught = outcome === 'fail';
    if (caught) hidden++;
    if (outcome !== 'none') hiddenOrReview++;
    const [k, n] = byHiding?.get(hiding) ?? [0, 0];
    byHiding?.set(hiding, [k + (caught ? 1 : 0), n + 1]);
  }
  return { name, n: items.length, visible, visibleOrReview, hidden, hiddenOrReview };
}

const textInto = (term: string, sentence: string, hiding?: string) => {
  if (hiding) return `<p>${escapeHtml(sentence)}</p><div style="${hiding}">${escapeHtml(term)}</div>`;
  const at = Math.floor(random() * (sentence.length + 1));
  return `<p>${escapeHtml(sentence.slice(0, at) + term + sentence.slice(at))}</p>`;
};
const linkInto = (domain: string, sentence: string, hiding?: string, anchor = '详情') => {
  const link = `<a href="http://${domain}/">${escapeHtml(anchor)}</a>`;
  return hiding
    ? `<p>${escapeHtml(sentence)}</p><div style="${hiding}">${link}</div>`
    : `<p>${escapeHtml(sentence)}${link}</p>`;
};

async function main(): Promise<void> {
  const started = performance.now();
  const args = process.argv.slice(2);
  if (args.includes('--real') || args.includes('--real-only')) {
    const sample = Number(args[args.indexOf('--sample') + 1]) || 1;
    await evalRealMaterial({ render: !args.includes('--no-render'), sample });
    if (args.includes('--real-only')) return;
  }
  const sentences = cleanSentences();
  const gambling = lines(join(SPAM, 'gambling_terms_extracted.tsv'))
    .slice(1)
    .map((l) => l.split('\t')[0]);
  const pornA = lines(join(SPAM, 'konsheng/色情类型.txt'));
  const pornB = lines(join(SPAM, 'konsheng/色情词库.txt'));
  const ads = lines(join(SPAM, 'konsheng/广告类型.txt'));
  const domains = lines(join(SPAM, 'konsheng/非法网址.txt')).filter(
    (_, i, all) => i % Math.ceil(all.length / DOMAIN_SAMPLE) === 0,
  );
  const byHiding = new Map<string, [number, number]>();
  const rows = [
    await recall('gambling_terms_extracted.tsv (博彩 seed terms)', gambling, sentences, textInto, byHiding),
    await recall('konsheng/色情类型.txt', pornA, sentences, textInto, byHiding),
    await recall('konsheng/色情词库.txt', pornB, sentences, textInto, byHiding),
    await recall('konsheng/广告类型.txt (many generic words)', ads, sentences, textInto, byHiding),
    await recall(
      `konsheng/非法网址.txt links, every` +
        ` ${Math.ceil(lines(join(SPAM, 'konsheng/非法网址.txt')).length / DOMAIN_SAMPLE)}th domain, anchor "详情"`,
      domains,
      sentences,
      linkInto,
    ),
    await recall(
      'the same domains, anchor = a random gambling or porn term from the lists',
      domains,
      sentences,
      (domain, sentence, hiding) => linkInto(domain, sentence, hiding, pick([...gambling, ...pornA])),
    ),
  ];
  const clean = { fail: 0, review: 0, hiddenFail: 0, hiddenReview: 0 };
  for (const s of sentences) {
    const visible = await judge(`<p>${escapeHtml(s)}</p>`);
    const hidden = await judge(`<div style="${pick(HIDING)}">${escapeHtml(s)}</div>`);
    clean.fail += visible === 'fail' ? 1 : 0;
    clean.review += visible === 'review' ? 1 : 0;
    clean.hiddenFail += hidden === 'fail' ? 1 : 0;
    clean.hiddenReview += hidden === 'review' ? 1 : 0;
  }
  console.log('| injected set | items | visible: veto | visible: veto or 疑似 | hidden: veto | hidden: veto or 疑似 |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) {
    console.log(
      `| ${r.name} | ${r.n} | ${pct(r.visible, r.n)} | ${pct(r.visibleOrReview, r.n)} | ${pct(r.hidden, r.n)} ` +
        `| ${pct(r.hiddenOrReview, r.n)} |`,
    );
  }
  console.log('\n| hiding technique (hidden text injections above) | injections | recall (veto) |');
  console.log('|---|---|---|');
  for (const [how, [k, n]] of byHiding) console.log(`| \`${how}\` | ${n} | ${pct(k, n)} |`);
  console.log('\n| clean official text (ECSpell odw, error-free) | sentences | false alarms (veto) | review items |');
  console.log('|---|---|---|---|');
  console.log(
    `| shown as a paragraph | ${sentences.length} | ${clean.fail} (${pct(clean.fail, sentences.length)}) |` +
      ` ${clean.review} |`,
  );
  console.log(
    `| inside a hidden element | ${sentences.length} | ${clean.hiddenFail} ` +
      `(${pct(clean.hiddenFail, sentences.length)}) | ${clean.hiddenReview} |`,
  );
  const words = lines(join(BENCH_DIR, 'csc-ecspell/vocab/gongwen_xiezuo_wordlist.txt')).map((l) => l.split('\t')[0]);
  let vocabAlarms = 0;
  let vocabPages = 0;
  for (let i = 0; i < words.length; i += 30, vocabPages++) {
    if ((await judge(`<p>${escapeHtml(words.slice(i, i + 30).join('，'))}</p>`)) === 'fail') vocabAlarms++;
  }
  console.log(
    `| 公文写作 word list, 30 words a paragraph | ${vocabPages} | ${vocabAlarms} (${pct(vocabAlarms, vocabPages)})` +
      ` | – |`,
  );
  let text = '';
  while (text.length < 1_000_000) text += sentences.join('');
  const t0 = performance.now();
  scoreText(text);
  const ms = performance.now() - t0;
  console.log(
    `\nmatcher throughput: ${(text.length / 1e6).toFixed(1)} M characters in ${ms.toFixed(0)} ms ` +
      `(${(text.length / 1e3 / ms).toFixed(1)} M chars/s)`,
  );
  console.log(`${((performance.now() - started) / 1000).toFixed(1)} s`);
}

await main();
