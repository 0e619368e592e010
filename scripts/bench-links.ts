/**
 * npm run bench:links [-- --pages 5000 --concurrency 16]
 * One run, one generated loopback site served from a child process: govcheck links-only (library API,
 * render never) in this process, then `linkinator --recurse` (its CLI, default concurrency 100) as a
 * child. Prints pages/s (wall and per CPU second), the ratio, requests the site served, and the broken sets.
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { crawlSite } from '../crawler/crawl/crawl.ts';
import { startBenchSite } from '../crawler/links/bench-site.ts';
import { resolveOptions } from '../crawler/config/options.ts';

const LINKINATOR = fileURLToPath(new URL('../node_modules/linkinator/build/src/cli.js', import.meta.url));
const CPU_REPORT = fileURLToPath(new URL('../crawler/links/cpu-report.cjs', import.meta.url));
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '16' },
    serve: { type: 'boolean', default: false },
  },
});

interface SiteFacts {
  url: string;
  pages: number;
  links: number;
  broken: string[];
  soft404: string[];
}
interface Run {
  name: string;
  seconds: number;
  cpuSeconds: number;
  pages: number;
  broken: Set<string>;
  soft404: Set<string>;
  requests: number;
  /** Why each broken URL was called broken (HTTP status or 0 for a network failure). */
  statusOf?: Map<string, number>;
}

/** Child mode: serve the site (its CPU must not count against the checker in the parent). */
async function serve(): Promise<void> {
  const site = await startBenchSite(Number(values.pages), await closedPort());
  process.send!({
    url: site.url,
    pages: site.pages,
    links: site.links,
    broken: [...site.broken],
    soft404: [...site.soft404],
  });
  process.on('message', async (m) => {
    if (m === 'requests') process.send!(site.requests);
    else {
      await site.close();
      process.exit(0);
    }
  });
}

/** A port nothing listens on: links to it are refused (a dead server). */
async function closedPort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
  const port = (probe.address() as { port: number }).port;
  await new Promise((r) => probe.close(r));
  return port;
}

const next = <T>(child: ChildProcess) => new Promise<T>((resolve) => child.once('message', (m) => resolve(m as T)));
const total = (r: Record<string, number>) => Object.values(r).reduce((a, b) => a + b, 0);
const diff = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));
const same = (a: Set<string>, b: Set<string>) => !diff(a, b).length && !diff(b, a).length;

async function requestsServed(server: ChildProcess): Promise<number> {
  server.send('requests');
  return total(await next<Record<string, number>>(server));
}

async function runGovcheck(site: SiteFacts, server: ChildProcess): Promise<Run> {
  const before = await requestsServed(server);
  const cpu = process.cpuUsage();
  const started = performance.now();
  const report = await crawlSite(
    resolveOptions({
      startUrl: site.url,
      maxPages: site.pages * 2 + 10,
      maxDepth: 50,
      concurrency: Number(values.concurrency),
      render: 'never',
      checks: ['link-broken'],
      useSitemap: false,
      retries: 0,
      asOf: '2026-11-23',
      // The dead server is another loopback port: probed as a dead public server would be, as linkinator does.
      allowPrivate: ['127.0.0.1'],
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const fails = report.findings.filter((f) => f.checkId === 'link-broken' && f.outcome === 'fail' && f.target);
  return {
    name: 'govcheck',
    seconds,
    cpuSeconds: (used.user + used.system) / 1e6,
    pages: report.stats.pagesChecked,
    requests: (await requestsServed(server)) - before,
    broken: new Set(fails.filter((f) => f.messageId !== 'soft-404').map((f) => f.target!)),
    soft404: new Set(fails.filter((f) => f.messageId === 'soft-404').map((f) => f.target!)),
  };
}

async function runLinkinator(site: SiteFacts, server: ChildProcess): Promise<Run> {
  const before = await requestsServed(server);
  const started = performance.now();
  const { out, err } = await new Promise<{ out: string; err: string }>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      ['--require', CPU_REPORT, LINKINATOR, site.url, '--recurse', '--format', 'json', '--timeout', '15000'],
      { stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let text = '';
    let errors = '';
    child.stdout.on('data', (d) => (text += d));
    child.stderr.on('data', (d) => (errors += d));
    child.on('error', reject);
    child.on('close', () => resolve({ out: text, err: errors }));
  });
  const seconds = (performance.now() - started) / 1000;
  const links = (JSON.parse(out) as { links: { url: string; state: string; status?: number }[] }).links;
  // Pages linkinator parsed: the in-site HTML URLs it fetched with success.
  const scanned = new Set(
    links.filter((l) => l.state === 'OK' && l.url.startsWith(site.url) && /(\.html|\/)$/.test(l.url)).map((l) => l.url),
  );
  return {
    name: 'linkinator',
    seconds,
    cpuSeconds: Number(/cpu-ms (\d+)/.exec(err)?.[1] ?? NaN) / 1000,
    pages: scanned.size,
    requests: (await requestsServed(server)) - before,
    broken: new Set(links.filter((l) => l.state === 'BROKEN').map((l) => l.url)),
    soft404: new Set(),
    statusOf: new Map(links.filter((l) => l.state === 'BROKEN').map((l) => [l.url, l.status ?? 0])),
  };
}

/** "status 0 ×12, 404 ×3" for the URLs a checker called broken that are not broken. */
function falseAlarms(run: Run, truth: Set<string>): string {
  const counts = new Map<number, number>();
  for (const url of diff(run.broken, truth))
    counts.set(run.statusOf?.get(url) ?? -1, (counts.get(run.statusOf?.get(url) ?? -1) ?? 0) + 1);
  return [...counts].map(([status, n]) => `status ${status} ×${n}`).join(', ') || 'none';
}

async function main(): Promise<void> {
  const server = fork(fileURLToPath(import.meta.url), ['--serve', '--pages', values.pages!], {
    execArgv: ['--import', 'tsx'],
  });
  const site = await next<SiteFacts>(server);
  try {
    const truth = new Set(site.broken);
    console.log(
      `site ${site.url}: ${site.pages} pages, ${site.links} links, ${site.broken.length} broken targets, ` +
        `${site.soft404.length} soft-404 targets`,
    );
    const gov = await runGovcheck(site, server);
    const lk = await runLinkinator(site, server);
    for (const r of [gov, lk]) {
      console.log(
        `${r.name.padEnd(10)} ${r.pages} pages in ${r.seconds.toFixed(2)} s = ${(r.pages / r.seconds).toFixed(0)} ` +
          `pages/s ` +
          `(CPU ${r.cpuSeconds.toFixed(2)} s = ${(r.pages / r.cpuSeconds).toFixed(0)} pages per CPU-second); ` +
          `${r.requests} requests to the site; broken ${r.broken.size}; soft-404 ${r.soft404.size}`,
      );
    }
    const rate = (r: Run, s: number) => r.pages / s;
    console.log(
      `ratio govcheck/linkinator: ${(rate(gov, gov.seconds) / rate(lk, lk.seconds)).toFixed(2)}x wall, ` +
        `${(rate(gov, gov.cpuSeconds) / rate(lk, lk.cpuSeconds)).toFixed(2)}x per CPU-second`,
    );
    console.log(
      `broken sets identical: ${same(gov.broken, lk.broken)}` +
        (same(gov.broken, lk.broken)
          ? ''
          : `; only govcheck: ${diff(gov.broken, lk.broken).slice(0, 5).join(' ')}; ` +
            `only linkinator: ${diff(lk.broken, gov.broken).slice(0, 5).join(' ')}`),
    );
    console.log(
      `broken = generated truth: govcheck ${same(truth, gov.broken)}, linkinator ${same(truth, lk.broken)}; ` +
        `false alarms: govcheck ${diff(gov.broken, truth).length}, linkinator ${diff(lk.broken, truth).length} ` +
        `(${falseAlarms(lk, truth)}); ` +
        `missed: govcheck ${diff(truth, gov.broken).length}, linkinator ${diff(truth, lk.broken).length}`,
    );
    console.log(
      `soft-404s: govcheck found ${gov.soft404.size} of ${site.soft404.length}; linkinator reports ` +
        `${site.soft404.filter((u) => lk.broken.has(u)).length} of them (it sees HTTP 200)`,
    );
  } finally {
    server.send('close');
  }
}

if (values.serve) await serve();
else await main();
