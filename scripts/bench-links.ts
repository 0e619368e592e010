/**
 * npm run bench:links [-- --pages 5000 --concurrency 16]
 * One run, one generated loopback site: govcheck links-only (library API, render never) and
 * `linkinator --recurse` (its CLI, default concurrency 100), pages/s, ratio, server load, broken sets.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { crawlSite } from '../crawler/crawl.ts';
import { startBenchSite, type BenchSite } from '../crawler/links/bench-site.ts';
import { resolveOptions } from '../crawler/options.ts';

const LINKINATOR = fileURLToPath(new URL('../node_modules/linkinator/build/src/cli.js', import.meta.url));
const { values } = parseArgs({ options: { pages: { type: 'string', default: '5000' }, concurrency: { type: 'string', default: '16' } } });
const pages = Number(values.pages);
const concurrency = Number(values.concurrency);

interface Run { name: string; seconds: number; pages: number; broken: Set<string>; soft404: Set<string>; requests: number }

/** A port nothing listens on: links to it are refused (a dead server). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

async function runGovcheck(site: BenchSite): Promise<Run> {
  const before = total(site.requests);
  const started = performance.now();
  const report = await crawlSite(resolveOptions({ startUrl: site.url, maxPages: site.pages * 2 + 10, maxDepth: 50, concurrency,
    render: 'never', checks: ['link-broken'], useSitemap: false, retries: 0, asOf: '2026-11-23' }));
  const seconds = (performance.now() - started) / 1000;
  const fails = report.findings.filter((f) => f.checkId === 'link-broken' && f.outcome === 'fail' && f.target);
  return { name: 'govcheck', seconds, pages: report.stats.pagesChecked, requests: total(site.requests) - before,
    broken: new Set(fails.filter((f) => f.messageId !== 'soft-404').map((f) => f.target!)),
    soft404: new Set(fails.filter((f) => f.messageId === 'soft-404').map((f) => f.target!)) };
}

async function runLinkinator(site: BenchSite): Promise<Run> {
  const before = total(site.requests);
  const started = performance.now();
  const out = await new Promise<string>((resolve, reject) => {
    const child = spawn(process.execPath, [LINKINATOR, site.url, '--recurse', '--format', 'json', '--timeout', '15000'],
      { stdio: ['ignore', 'pipe', 'inherit'] });
    let text = '';
    child.stdout.on('data', (d) => (text += d));
    child.on('error', reject);
    child.on('close', () => resolve(text));
  });
  const seconds = (performance.now() - started) / 1000;
  const links = (JSON.parse(out) as { links: { url: string; state: string; status?: number; parent?: string }[] }).links;
  // Pages linkinator parsed = same-site HTML pages it fetched and scanned: every OK in-site .html/dir URL.
  const scanned = new Set(links.filter((l) => l.state === 'OK' && l.url.startsWith(site.url) && /(\.html|\/)$/.test(l.url)).map((l) => l.url));
  return { name: 'linkinator', seconds, pages: scanned.size, requests: total(site.requests) - before,
    broken: new Set(links.filter((l) => l.state === 'BROKEN').map((l) => l.url)), soft404: new Set() };
}

const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const diff = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

const site = await startBenchSite(pages, await closedPort());
try {
  process.stderr.write(`site ${site.url}: ${site.pages} pages, ${site.links} links, ${site.broken.size} broken targets, `
    + `${site.soft404.size} soft-404 targets\n`);
  const gov = await runGovcheck(site);
  const lk = await runLinkinator(site);
  for (const r of [gov, lk]) {
    console.log(`${r.name.padEnd(10)} ${r.pages} pages in ${r.seconds.toFixed(2)} s = ${(r.pages / r.seconds).toFixed(0)} pages/s; `
      + `${r.requests} requests to the site; broken ${r.broken.size}; soft-404 ${r.soft404.size}`);
  }
  console.log(`ratio govcheck/linkinator (pages/s): ${((gov.pages / gov.seconds) / (lk.pages / lk.seconds)).toFixed(2)}x`);
  const sameBroken = !diff(gov.broken, lk.broken).length && !diff(lk.broken, gov.broken).length;
  console.log(`broken sets identical: ${sameBroken}` + (sameBroken ? '' : `; only govcheck: ${diff(gov.broken, lk.broken).slice(0, 5).join(' ')}`
    + `; only linkinator: ${diff(lk.broken, gov.broken).slice(0, 5).join(' ')}`));
  console.log(`broken = truth: govcheck ${!diff(site.broken, gov.broken).length && !diff(gov.broken, site.broken).length}, `
    + `linkinator ${!diff(site.broken, lk.broken).length && !diff(lk.broken, site.broken).length}`);
  console.log(`soft-404 found by govcheck: ${gov.soft404.size}/${site.soft404.size} (linkinator sees them as OK: `
    + `${[...site.soft404].filter((u) => !lk.broken.has(u)).length})`);
} finally {
  await site.close();
}
