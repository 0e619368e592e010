/**
 * False alarms of the text checks on real, edited official text no one here wrote (../shared/bench/real-gov):
 * 新闻联播 transcripts 2022–2025 (text/xinwenlianbo, one site per day, one page per item) and the body text of
 * the saved pages in sites/ and hacked/ (one site per folder). Pages become snapshots the way the crawler
 * builds them and go through the check engine with jieba and the language models, as in a crawl. Every alarm
 * counts as false unless a person confirms it (docs/text-checks.md lists the confirmed ones).
 *
 * The LM rule (inside typo-confusion) runs at ~0.3 MB/s, so typo-confusion reads a deterministic sample: the
 * held-out transcript days (every ninth, crawler/text/clean-corpus.ts: the clean-text filter never learnt
 * from them; ~1.2 M characters) and every saved page; the other checks read everything. `--all`:
 * typo-confusion on everything too (then including the days the filter learnt from). `--dump FILE`: every
 * alarm as JSON lines.
 * Run: npm run eval:clean [-- --all] [--dump alarms.jsonl] [--only REGEX] [--checks ID,…]
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { BENCH_DIR } from '../crawler/text/bench-data.ts';
import { decodeHtml } from '../crawler/fetch/charset.ts';
import { isHeldOut, TRANSCRIPTS_DIR, transcriptFiles } from '../crawler/text/clean-corpus.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { crawlerLanguageModels } from '../crawler/text/language-models.ts';
import { snapshotOf } from '../crawler/page/snapshot-from-html.ts';
import { CHECKS } from '../shared/checks/index.ts';
import type { CheckDefinition } from '../shared/checks/types.ts';
import { CheckEngine } from '../shared/engine/run-checks.ts';
import type { Finding } from '../shared/model/finding.ts';
import type { PageSnapshot } from '../shared/model/page-snapshot.ts';
import type { LanguageModel } from '../shared/text/language-model.ts';

const REAL_GOV = join(BENCH_DIR, 'real-gov');
/** Saved pages carry no trustworthy crawl date: judged as of the end of the transcript period. */
const PAGES_AS_OF = '2025-12-31';
const PER = 100_000;

interface Site {
  name: string;
  asOf: string;
  /** Builds the pages on demand so that only one site's snapshots are in memory. */
  pages: () => PageSnapshot[];
  transcript: boolean;
  /** In the LM sample: a held-out transcript day (crawler/text/clean-corpus.ts) or a saved-page folder. */
  heldOut: boolean;
}

const args = process.argv.slice(2);
const ALL = args.includes('--all');
const dumpAt = args.indexOf('--dump');
const DUMP = dumpAt >= 0 ? args[dumpAt + 1] : undefined;
const onlyAt = args.indexOf('--only');
/** `--only REGEX`: sites whose name matches (for quick looks; the table is then not the corpus's). */
const ONLY = onlyAt >= 0 ? new RegExp(args[onlyAt + 1]) : undefined;
const checksAt = args.indexOf('--checks');
/** `--checks a,b`: only these typo checks (for quick looks). */
const CHECK_IDS = checksAt >= 0 ? new Set(args[checksAt + 1].split(',')) : undefined;

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);

/** One transcript day: every "###" item is a page (title + paragraphs), the summary another. */
function transcriptSite(file: string, dayIndex: number): Site {
  const day = file.slice(0, 8);
  const asOf = `${day.slice(0, 4)}-${day.slice(4, 6)}-${day.slice(6, 8)}`;
  const path = join(TRANSCRIPTS_DIR, file);
  const pages = () => {
    const sections = readFileSync(path, 'utf8')
      .split(/^#{2,3} /m)
      .slice(1);
    return sections.map((section, i) => {
      const [title, ...lines] = section.split('\n');
      const paragraphs = lines
        .map((l) => l.trim())
        .filter(Boolean)
        .map((l) => `<p>${escapeHtml(l)}</p>`)
        .join('');
      const html =
        `<!doctype html><html><head><title>${escapeHtml(title)}</title></head><body><main>` +
        `<h1>${escapeHtml(title)}</h1>${paragraphs}</main></body></html>`;
      return snapshotOf(html, `http://xwlb.test/${day}/${i}.html`);
    });
  };
  return { name: `xwlb/${day}`, asOf, pages, transcript: true, heldOut: isHeldOut(dayIndex) };
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

/** A folder of saved pages is one site; each file is served at its path under the folder's host. */
function savedSite(dir: string): Site {
  const files = htmlFiles(dir);
  const host = relative(REAL_GOV, dir).replaceAll('/', '.');
  const pages = () =>
    files.map((f) => {
      const { text } = decodeHtml(readFileSync(f));
      return snapshotOf(text, `http://${host}.test/${relative(dir, f)}`);
    });
  return { name: relative(REAL_GOV, dir), asOf: PAGES_AS_OF, pages, transcript: false, heldOut: true };
}

function allSites(): Site[] {
  const saved = [
    ...readdirSync(join(REAL_GOV, 'sites')).map((d) => join(REAL_GOV, 'sites', d)),
    ...readdirSync(join(REAL_GOV, 'hacked/mirrors')).map((d) => join(REAL_GOV, 'hacked/mirrors', d)),
    join(REAL_GOV, 'hacked/single'),
  ].sort();
  return [...transcriptFiles().map(transcriptSite), ...saved.map(savedSite)].filter((s) => !ONLY || ONLY.test(s.name));
}

/**
 * Where typo-confusion (and its LM rule) runs: the held-out transcript days (every ninth, never used to learn
 * the clean-text filter) and every saved page; with --all everything (the other days then flatter the filter).
 */
const lmSample = (sites: Site[]): Set<Site> => new Set(ALL ? sites : sites.filter((s) => s.heldOut));

/** Characters an inspector reads: visible text without whitespace. */
const visibleChars = (page: PageSnapshot) =>
  page.textBlocks.filter((b) => !b.hidden).reduce((n, b) => n + b.text.replace(/\s+/g, '').length, 0);

async function runSite(site: Site, checks: CheckDefinition[], models: readonly LanguageModel[] | undefined) {
  const engine = new CheckEngine({
    checks,
    siteUrl: `http://${site.name}/`,
    asOf: site.asOf,
    profiles: ['national'],
    capabilities: { rendered: false, network: false },
    segment: jiebaSegment,
    languageModels: models,
    timeoutMs: 600_000,
  });
  const findings: Finding[] = [];
  let chars = 0;
  for (const page of site.pages()) {
    chars += visibleChars(page);
    findings.push(...(await engine.checkPage(page)));
  }
  findings.push(...(await engine.finish()));
  return { findings, chars };
}

type Tier = 'fail' | 'suspect' | 'review';
const tierOf = (f: Finding): Tier => (f.outcome === 'fail' ? 'fail' : f.data.suspect === true ? 'suspect' : 'review');
/** C1: a grouped finding stands for `count` occurrences. */
const occurrences = (f: Finding & { count?: number }) => f.count ?? 1;

interface Tally {
  fail: number;
  suspect: number;
  review: number;
  veto: number;
}
const tally = (): Tally => ({ fail: 0, suspect: 0, review: 0, veto: 0 });

async function main() {
  const typoChecks = CHECKS.filter((c) => c.category === 'typo' && (!CHECK_IDS || CHECK_IDS.has(c.id)));
  const confusion = typoChecks.filter((c) => c.id === 'typo-confusion');
  const fast = typoChecks.filter((c) => c.id !== 'typo-confusion');
  const models = crawlerLanguageModels();
  const sites = allSites();
  const sample = lmSample(sites);
  let allChars = 0,
    sampleChars = 0;
  const byCheck = new Map<string, Tally>();
  const byRule = new Map<string, Tally & { chars: 'all' | 'sample' }>();
  const texts = new Map<string, number>();
  /** Findings (C1: one per problem and page, whatever its count) of typo-serious + typo-confusion, by tier. */
  const spellingFindings: Record<Tier, Record<string, number>> = { fail: {}, suspect: {}, review: {} };
  /** 疑似 of typo-serious + typo-confusion by confidence (rounded down to a tenth). */
  const suspectConfidence: { check: string; confidence: number; n: number }[] = [];
  const dump: string[] = [];
  const started = performance.now();
  for (const [i, site] of sites.entries()) {
    const runs: [CheckDefinition[], readonly LanguageModel[] | undefined][] = [[fast, undefined]];
    if (sample.has(site)) runs.push([confusion, models]);
    for (const [checks, lm] of runs) {
      const { findings, chars } = await runSite(site, checks, lm);
      if (checks === fast) allChars += chars;
      else sampleChars += chars;
      for (const f of findings) {
        if (!f.checkId.startsWith('typo-')) continue;
        const n = occurrences(f);
        const tier = tierOf(f);
        const rule = `${f.checkId}/${String(f.data.rule ?? f.messageId)}`;
        const check = byCheck.get(f.checkId) ?? tally();
        const perRule = byRule.get(rule) ?? { ...tally(), chars: checks === fast ? 'all' : 'sample' };
        for (const t of [check, perRule]) {
          t[tier] += n;
          if (tier === 'fail' && f.severity === 'veto') t.veto += n;
        }
        byCheck.set(f.checkId, check);
        byRule.set(rule, perRule);
        if (f.checkId === 'typo-serious' || f.checkId === 'typo-confusion') {
          spellingFindings[tier][f.checkId] = (spellingFindings[tier][f.checkId] ?? 0) + 1;
        }
        if (tier === 'suspect' && f.checkId !== 'typo-format') {
          suspectConfidence.push({ check: f.checkId, confidence: Number(f.data.confidence ?? 0), n });
        }
        const key = `${tier} ${f.checkId} ${f.text ?? ''} → ${f.suggestion ?? ''}`;
        texts.set(key, (texts.get(key) ?? 0) + n);
        if (DUMP)
          dump.push(
            JSON.stringify({
              site: site.name,
              url: f.url,
              tier,
              check: f.checkId,
              rule,
              text: f.text,
              suggestion: f.suggestion,
              count: n,
              severity: f.severity,
              context: f.location?.context,
              data: f.data,
            }),
          );
      }
    }
    if ((i + 1) % 100 === 0)
      console.error(`${i + 1}/${sites.length} sites, ${Math.round((performance.now() - started) / 1000)} s`);
  }
  const per = (n: number, chars: number) => ((n * PER) / Math.max(1, chars)).toFixed(2);
  const charsOf = (id: string) => (id === 'typo-confusion' ? sampleChars : allChars);
  const out: string[] = [
    `Text: ${allChars.toLocaleString('en')} characters (${sites.length} sites:` +
      ` ${sites.filter((s) => s.transcript).length} 新闻联播 days` +
      ` + ${sites.filter((s) => !s.transcript).length} saved-page folders); typo-confusion (LM rule,` +
      ` ${models.length} models)` +
      ` on ${ALL ? 'all' : `${sample.size} sites (held-out days + every saved folder)`}:` +
      ` ${sampleChars.toLocaleString('en')} characters.`,
    '',
    'Alarms per 100,000 characters (fail = 问题清单, 疑似 = 待人工确认, review = 待人工复核; veto = fail at 单项否决):',
    '',
    '| check | chars | fail | 疑似 | review | veto (count) |',
    '|---|---|---|---|---|---|',
    ...[...byCheck]
      .sort()
      .map(
        ([id, t]) =>
          `| ${id} | ${charsOf(id).toLocaleString('en')} | ${per(t.fail, charsOf(id))} |` +
          ` ${per(t.suspect, charsOf(id))} | ${per(t.review, charsOf(id))} | ${t.veto} |`,
      ),
  ];
  const spelling = ['typo-serious', 'typo-confusion'].map((id) => byCheck.get(id) ?? tally());
  const rate = (pick: (t: Tally) => number) =>
    spelling.reduce((s, t, i) => s + (pick(t) * PER) / Math.max(1, i === 0 ? allChars : sampleChars), 0);
  out.push(
    '',
    `错别字 (typo-serious + typo-confusion): fail ${rate((t) => t.fail).toFixed(2)} / 100,000, 疑似` +
      ` ${rate((t) => t.suspect).toFixed(2)}` +
      ` / 100,000, veto ${spelling[0].veto + spelling[1].veto}`,
  );
  const findingRate = (tier: Tier) =>
    Object.entries(spellingFindings[tier]).reduce(
      (sum, [id, n]) => sum + (n * PER) / Math.max(1, id === 'typo-serious' ? allChars : sampleChars),
      0,
    );
  out.push(
    `错别字 findings a person reads (C1: one per problem and page): fail ${findingRate('fail').toFixed(2)} / 100,000,` +
      ` 疑似 ${findingRate('suspect').toFixed(2)} / 100,000 (the rates above count every occurrence)`,
  );
  const suspectsFrom = (min: number) =>
    suspectConfidence
      .filter((x) => x.confidence >= min)
      .reduce((sum, x) => sum + (x.n * PER) / Math.max(1, x.check === 'typo-serious' ? allChars : sampleChars), 0);
  out.push(
    '',
    '疑似 per 100,000 characters at or above a confidence (the report lists them most confident first):',
    '',
    '| confidence ≥ | 0 | 0.3 | 0.4 | 0.5 | 0.6 | 0.7 |',
    '|---|---|---|---|---|---|---|',
    `| 疑似 / 100,000 | ${[0, 0.3, 0.4, 0.5, 0.6, 0.7].map((c) => suspectsFrom(c).toFixed(2)).join(' | ')} |`,
  );
  out.push(
    '',
    '| check / rule | fail | 疑似 | review |',
    '|---|---|---|---|',
    ...[...byRule].sort().map(([rule, t]) => {
      const chars = t.chars === 'all' ? allChars : sampleChars;
      return `| ${rule} | ${per(t.fail, chars)} | ${per(t.suspect, chars)} | ${per(t.review, chars)} |`;
    }),
  );
  out.push(
    '',
    'Most frequent alarm texts (tier, check, text → suggestion, occurrences):',
    ...[...texts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 30)
      .map(([k, n]) => `  ${n}\t${k}`),
  );
  console.log(out.join('\n'));
  if (DUMP) writeFileSync(DUMP, dump.join('\n') + '\n');
}

await main();
