/**
 * How many rows grouping saves on real pages no one here wrote (../shared/bench/real-gov: sites/ and the
 * hacked/ mirrors, one site per folder): every page check that needs neither rendering nor the network, with
 * jieba (no language models: the LM rule is slow), then the report's template merge.
 * Per check: occurrences (one row each before issue 21), findings per page after grouping (C1), and findings
 * after the merge over pages. `--a11y`: also renders sites/ in Chromium and runs the accessibility checks
 * (offline: unshare -n bash -c 'ip link set lo up; npm run eval:grouping -- --a11y').
 * Run: npm run eval:grouping [-- --a11y]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { auditUrl, A11Y_CHECKS } from '../crawler/a11y/audit-url.ts';
import { serveFolder } from '../crawler/a11y/static-site.ts';
import { decodeHtml } from '../crawler/fetch/charset.ts';
import { BrowserPool } from '../crawler/render/browser-pool.ts';
import { snapshotOf } from '../crawler/page/snapshot-from-html.ts';
import { BENCH_DIR } from '../crawler/text/bench-data.ts';
import { jiebaSegment } from '../crawler/text/jieba-segmenter.ts';
import { CHECKS } from '../shared/checks/index.ts';
import { CheckEngine } from '../shared/engine/run-checks.ts';
import type { Finding } from '../shared/model/finding.ts';
import { mergeDuplicates } from '../shared/report/merge-duplicates.ts';

const REAL_GOV = join(BENCH_DIR, 'real-gov');
const PAGE_CHECKS = CHECKS.filter((c) => c.scope === 'page' && !c.needs?.length);
/** The accessibility checks the text pass could not run (the others ran there already). */
const RENDERED_CHECKS = A11Y_CHECKS.filter((c) => c.needs?.includes('rendered'));

interface Tally {
  occurrences: number;
  perPage: number;
  merged: number;
  largest: number;
}

const htmlFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();

const siteDirs = (): string[] =>
  [
    ...readdirSync(join(REAL_GOV, 'sites')).map((d) => join(REAL_GOV, 'sites', d)),
    ...readdirSync(join(REAL_GOV, 'hacked/mirrors')).map((d) => join(REAL_GOV, 'hacked/mirrors', d)),
  ].sort();

function add(tallies: Map<string, Tally>, perPage: Finding[], merged: Finding[]): void {
  const of = (id: string): Tally => {
    if (!tallies.has(id)) tallies.set(id, { occurrences: 0, perPage: 0, merged: 0, largest: 0 });
    return tallies.get(id)!;
  };
  for (const f of perPage) {
    const t = of(f.checkId);
    t.occurrences += f.count ?? 1;
    t.perPage += 1;
    t.largest = Math.max(t.largest, f.count ?? 1);
  }
  for (const f of merged) of(f.checkId).merged += 1;
}

async function textChecks(tallies: Map<string, Tally>): Promise<number> {
  let pages = 0;
  for (const dir of siteDirs()) {
    const host = relative(REAL_GOV, dir).replaceAll('/', '.');
    const engine = new CheckEngine({
      checks: PAGE_CHECKS,
      siteUrl: `http://${host}.test/`,
      asOf: '2025-12-31',
      profiles: ['national'],
      capabilities: { rendered: false, network: false },
      segment: jiebaSegment,
    });
    const findings: Finding[] = [];
    for (const file of htmlFiles(dir)) {
      const { text } = decodeHtml(readFileSync(file));
      findings.push(...(await engine.checkPage(snapshotOf(text, `http://${host}.test/${relative(dir, file)}`))));
      pages++;
    }
    add(tallies, findings, mergeDuplicates(findings));
  }
  return pages;
}

async function a11yChecks(tallies: Map<string, Tally>): Promise<number> {
  const pool = new BrowserPool({ tabs: 1, timeoutMs: 60_000, userAgent: 'govcheck-measure' });
  let pages = 0;
  try {
    for (const dir of readdirSync(join(REAL_GOV, 'sites')).map((d) => join(REAL_GOV, 'sites', d))) {
      const site = await serveFolder(dir);
      const findings: Finding[] = [];
      for (const file of htmlFiles(dir)) {
        const url = `${site.origin}/${relative(dir, file).split('/').map(encodeURIComponent).join('/')}`;
        findings.push(...(await auditUrl(pool, url, { checks: RENDERED_CHECKS })).findings);
        pages++;
      }
      await site.close();
      add(tallies, findings, mergeDuplicates(findings));
    }
  } finally {
    await pool.close();
  }
  return pages;
}

const tallies = new Map<string, Tally>();
const pages = await textChecks(tallies);
const rendered = process.argv.includes('--a11y') ? await a11yChecks(tallies) : 0;
console.log(`real-gov: ${pages} pages (text checks)${rendered ? `, ${rendered} rendered pages (accessibility)` : ''}`);
console.log('| check | occurrences (rows before) | findings per page (C1) | after template merge | largest group |');
console.log('| --- | ---: | ---: | ---: | ---: |');
const total: Tally = { occurrences: 0, perPage: 0, merged: 0, largest: 0 };
for (const [id, t] of [...tallies].sort((a, b) => b[1].occurrences - a[1].occurrences)) {
  console.log(`| ${id} | ${t.occurrences} | ${t.perPage} | ${t.merged} | ${t.largest} |`);
  total.occurrences += t.occurrences;
  total.perPage += t.perPage;
  total.merged += t.merged;
  total.largest = Math.max(total.largest, t.largest);
}
console.log(`| **all** | ${total.occurrences} | ${total.perPage} | ${total.merged} | ${total.largest} |`);
