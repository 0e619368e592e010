/**
 * npm run bench [-- --pages 5000 --concurrency 16 --render-pages 100 --memory [--all-checks] --incremental
 *   --threads 1,2,4 --max-old-space MB]
 * One generated county site (crawler/links/bench-site.ts, served by `scripts/bench-links.ts --serve` in a child)
 * and, after compiling dist/ (the bin then runs it, as after setup), one after another in this process tree,
 * each checker as a child process under /usr/bin/time -v: govcheck links-only (page-check threads, and in the
 * crawl thread), `linkinator --recurse`, govcheck with every non-render check, govcheck rendering in Chromium
 * (with axe) on a sample. Prints pages/s, links/s, CPU seconds, peak RSS, ratios against linkinator by wall
 * time and by CPU time, whether the broken sets agree, and the fixture server's own capacity (a plain undici
 * loop). --memory: govcheck
 * links-only with --db only (the 50,000-page bounded-memory run; --all-checks: every non-render check, models
 * included). --threads LIST: only linkinator and every non-render check at each --threads (page-check worker
 * threads; with --memory, the threads of that run). --incremental: only the two --db crawls of
 * the incremental re-crawl row (the second over the unchanged site). --max-old-space (default 2000, as
 * bin/govcheck.mjs): runs govcheck under
 * `node --max-old-space-size=MB` (V8 lets the heap grow to ~4× the live data when its limit is the default
 * 4 GB, ~1.5–2× under a limit below 2 GB; docs/benchmarks.md 内存).
 */
import { fork, spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Agent, request } from 'undici';
import type { Report } from '../shared/model/report.ts';

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));
const GOVCHECK = here('../bin/govcheck.mjs');
const LINKINATOR = here('../node_modules/linkinator/build/src/cli.js');
const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '5000' },
    concurrency: { type: 'string', default: '16' },
    'render-pages': { type: 'string', default: '100' },
    memory: { type: 'boolean', default: false },
    incremental: { type: 'boolean', default: false },
    'max-old-space': { type: 'string', default: '2000' },
    threads: { type: 'string' },
    'all-checks': { type: 'boolean', default: false },
  },
});
const concurrency = Number(values.concurrency);

interface SiteFacts {
  url: string;
  pages: number;
  links: number;
  broken: string[];
  soft404: string[];
}
interface Row {
  name: string;
  pages: number;
  seconds: number;
  /** User + system CPU of the child: steadier than wall time on a shared machine. */
  cpuSeconds?: number;
  peakRssMb: number;
  broken?: Set<string>;
  note?: string;
  /** Finding ids, sorted and joined: two runs with the same findings have the same text. */
  findingIds?: string;
}

/** Runs a command under /usr/bin/time -v; its peak RSS is the "Maximum resident set size" line. */
async function timed(
  args: string[],
): Promise<{ seconds: number; cpuSeconds: number; peakRssMb: number; stdout: string; stderr: string }> {
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-v', process.execPath, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d) => (stdout += d));
  child.stderr.on('data', (d) => (stderr += d));
  await new Promise((resolve, reject) => child.on('error', reject).on('close', resolve));
  const kb = Number(/Maximum resident set size \(kbytes\): (\d+)/.exec(stderr)?.[1] ?? NaN);
  const cpu = (what: string) => Number(new RegExp(`${what} time \\(seconds\\): ([\\d.]+)`).exec(stderr)?.[1] ?? NaN);
  const cpuSeconds = cpu('User') + cpu('System');
  return { seconds: (performance.now() - started) / 1000, cpuSeconds, peakRssMb: kb / 1024, stdout, stderr };
}

async function govcheck(name: string, site: SiteFacts, dir: string, flags: string[]): Promise<Row> {
  const out = join(dir, `${name.replace(/\W+/g, '-')}.json`);
  const heap = values['max-old-space'] ? [`--max-old-space-size=${Number(values['max-old-space'])}`] : [];
  const run = await timed([
    ...heap,
    GOVCHECK,
    'crawl',
    site.url,
    '--quiet',
    '--no-sitemap',
    '--retries',
    '0',
    '--max-depth',
    '50',
    '--concurrency',
    String(concurrency),
    '--max-pages',
    String(site.pages * 2 + 10),
    '--format',
    'json',
    '--out',
    out,
    // Other loopback ports stand for other sites: probed as linkinator probes them.
    '--allow-private',
    '127.0.0.1',
    ...flags,
  ]);
  const report = JSON.parse(
    await readFile(out, 'utf8').catch(() => {
      throw new Error(`${name} wrote no report:\n${run.stderr.slice(-2000)}`);
    }),
  ) as Report;
  const broken = new Set(
    report.findings
      .filter((f) => f.checkId === 'link-broken' && f.outcome === 'fail' && f.target && f.messageId !== 'soft-404')
      .map((f) => f.target!),
  );
  const crawl = report.sections?.crawl;
  return {
    name,
    pages: report.stats.pagesChecked,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMb: run.peakRssMb,
    broken,
    findingIds: report.findings
      .map((f) => f.id)
      .sort()
      .join(),
    note:
      `${report.findings.length} findings${crawl?.trapsCapped ? `, ${crawl.trapsCapped} trap URLs capped` : ''}` +
      `${crawl?.unchanged ? `, ${crawl.unchanged} pages unchanged` : ''}`,
  };
}

/** Incremental re-crawl: all non-render checks with --db, then again over the unchanged site. */
async function incrementalRows(site: SiteFacts, dir: string): Promise<Row[]> {
  const flags = ['--render', 'never', '--db', join(dir, 'incremental.sqlite')];
  const first = await govcheck('govcheck all non-render checks --db, first crawl', site, dir, flags);
  const second = await govcheck('same, second crawl of the unchanged site', site, dir, flags);
  const cpu = (r: Row) => `CPU ${r.cpuSeconds?.toFixed(1)} s`;
  first.note += `; ${cpu(first)}`;
  second.note +=
    `; ${((100 * second.seconds) / first.seconds).toFixed(0)} % of the first crawl's time` +
    ` (${cpu(second)}, ${((100 * second.cpuSeconds!) / first.cpuSeconds!).toFixed(0)} % of its CPU), ` +
    `same findings: ${second.findingIds === first.findingIds}`;
  return [first, second];
}

async function linkinator(site: SiteFacts): Promise<Row> {
  const run = await timed([
    LINKINATOR,
    site.url,
    '--recurse',
    '--format',
    'json',
    '--timeout',
    '15000',
    '--concurrency',
    String(concurrency),
  ]);
  const links = (JSON.parse(run.stdout) as { links: { url: string; state: string }[] }).links;
  const pages = new Set(
    links.filter((l) => l.state === 'OK' && l.url.startsWith(site.url) && /(\.html|\/)$/.test(l.url)).map((l) => l.url),
  );
  return {
    name: 'linkinator 7.6.1 --recurse',
    pages: pages.size,
    seconds: run.seconds,
    cpuSeconds: run.cpuSeconds,
    peakRssMb: run.peakRssMb,
    broken: new Set(links.filter((l) => l.state === 'BROKEN').map((l) => l.url)),
  };
}

/** The fixture server's ceiling: GET every page with a plain undici loop at the same concurrency. */
async function serverCapacity(site: SiteFacts): Promise<number> {
  const dispatcher = new Agent({ connections: concurrency });
  const paths = Array.from({ length: site.pages - 2 }, (_, i) => `p/${i}.html`);
  const started = performance.now();
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < paths.length) {
        const res = await request(site.url + paths[next++], { dispatcher });
        await res.body.dump();
      }
    }),
  );
  await dispatcher.close();
  return paths.length / ((performance.now() - started) / 1000);
}

const diff = (a: Set<string>, b: Set<string>) => [...a].filter((x) => !b.has(x));

function table(rows: Row[], site: SiteFacts, reference?: Row): string {
  const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { maximumFractionDigits: d, minimumFractionDigits: d });
  const lines = [
    '| run | pages | wall s | pages/s | links/s | CPU s | peak RSS MB | vs linkinator (pages/s) | vs linkinator ' +
      '(pages per CPU s) | broken targets | notes |',
    '|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  // Pages per CPU second (user + system of the child) compares steadily on a shared machine; wall time does not.
  const perCpu = (r: Row) => r.pages / (r.cpuSeconds ?? Number.NaN);
  for (const r of rows) {
    const rate = r.pages / r.seconds;
    const linkRate = (site.links * (r.pages / site.pages)) / r.seconds;
    const vs = reference && r !== reference;
    const ratio = vs ? `${(rate / (reference.pages / reference.seconds)).toFixed(2)}×` : '';
    const cpuRatio = vs ? `${(perCpu(r) / perCpu(reference)).toFixed(2)}×` : '';
    lines.push(
      `| ${r.name} | ${fmt(r.pages)} | ${fmt(r.seconds, 1)} | ${fmt(rate)} | ${fmt(linkRate)} |` +
        ` ${fmt(r.cpuSeconds ?? Number.NaN, 1)} | ${fmt(r.peakRssMb)} | ${ratio} | ${cpuRatio} ` +
        `| ${r.broken ? fmt(r.broken.size) : ''} | ${r.note ?? ''} |`,
    );
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  // The compiled bin (what `npm run setup` leaves), not the TypeScript sources through tsx: same as users run.
  await new Promise((resolve, reject) =>
    spawn('bash', [here('./build.sh')], { stdio: 'inherit' })
      .on('error', reject)
      .on('close', resolve),
  );
  const server: ChildProcess = fork(here('./bench-links.ts'), ['--serve', '--pages', values.pages!], {
    execArgv: ['--import', 'tsx'],
  });
  const site = await new Promise<SiteFacts>((resolve) => server.once('message', (m) => resolve(m as SiteFacts)));
  const dir = await mkdtemp(join(tmpdir(), 'govcheck-bench-'));
  try {
    console.log(
      `machine: ${availableParallelism()} cores, load` +
        ` ${(await readFile('/proc/loadavg', 'utf8')).split(' ').slice(0, 3).join(' ')}; ` +
        `site ${site.url}: ${site.pages} pages, ${site.links} links, ${site.broken.length} broken targets; ` +
        `concurrency ${concurrency}`,
    );
    const linksOnly = [
      '--checks',
      'link-broken,link-wrong',
      '--render',
      'never',
      '--cloaking',
      'none',
      '--no-attachments',
    ];
    if (values.memory) {
      const heap = values['max-old-space'] ? ` (node --max-old-space-size=${values['max-old-space']})` : '';
      const threads = values.threads ? ['--threads', values.threads] : [];
      const [what, flags] = values['all-checks']
        ? ['all non-render checks', ['--render', 'never']]
        : ['links-only', linksOnly];
      const row = await govcheck(`${['govcheck', what, ...threads].join(' ')} --db${heap}`, site, dir, [
        ...flags,
        ...threads,
        '--db',
        join(dir, 'state.sqlite'),
      ]);
      console.log(table([row], site));
      return;
    }
    if (values.incremental) {
      console.log(table(await incrementalRows(site, dir), site));
      return;
    }
    if (values.threads) {
      const lk = await linkinator(site);
      const rows = [lk];
      const counts = values.threads.split(',');
      for (const n of counts) {
        const flags = ['--render', 'never', '--threads', n];
        const row = await govcheck(`govcheck all non-render checks --threads ${n}`, site, dir, flags);
        // The thread count must not change what is found.
        if (rows.length > 1)
          row.note += `; same findings as --threads ${counts[0]}: ${row.findingIds === rows[1].findingIds}`;
        rows.push(row);
      }
      console.log(table(rows, site, lk));
      return;
    }
    const capacity = await serverCapacity(site);
    console.log(
      `fixture server capacity (plain undici loop, ${concurrency} in flight): ${capacity.toFixed(0)} requests/s`,
    );
    const gov = await govcheck('govcheck links-only', site, dir, linksOnly);
    // Page checks in worker threads cost a copy of every snapshot across threads: links-only in the crawl thread.
    const inThread = await govcheck('govcheck links-only --threads 0', site, dir, [...linksOnly, '--threads', '0']);
    const lk = await linkinator(site);
    const all = await govcheck('govcheck all non-render checks', site, dir, ['--render', 'never']);
    const renderSite = { ...site, pages: Math.min(Number(values['render-pages']), site.pages) };
    const rendered = await govcheck(`govcheck rendered + axe (first ${renderSite.pages} pages)`, renderSite, dir, [
      '--render',
      'always',
      '--cloaking',
      'none',
      '--max-pages',
      String(renderSite.pages),
    ]);
    console.log(table([gov, inThread, lk, all, ...(await incrementalRows(site, dir)), rendered], site, lk));
    const truth = new Set(site.broken);
    console.log(
      `broken sets identical (govcheck links-only vs linkinator):` +
        ` ${!diff(gov.broken!, lk.broken!).length && !diff(lk.broken!, gov.broken!).length}; ` +
        `only govcheck ${diff(gov.broken!, lk.broken!).length}, only linkinator` +
        ` ${diff(lk.broken!, gov.broken!).length}; ` +
        `vs generated truth: govcheck missed ${diff(truth, gov.broken!).length} / extra` +
        ` ${diff(gov.broken!, truth).length}, ` +
        `linkinator missed ${diff(truth, lk.broken!).length} / extra ${diff(lk.broken!, truth).length}`,
    );
  } finally {
    server.send('close');
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
