// `npm run bench:startup [-- --runs N]`: start-up of `govcheck crawl` over the demo site on loopback, from the
// TypeScript sources (tsx) and from the compiled dist/ (`npm run build` first): time to the first progress line
// (the process is up, the CLI parsed) and to the first page checked (checks and dictionaries loaded), in wall
// time and in the process's CPU time (Linux /proc), which other load on the machine does not inflate.
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DEMO_SITE_DIR, LOOPBACK_ONLY } from '../crawler/apps/demo/run-demo.ts';
import { serveStaticSite } from '../crawler/apps/demo/static-site-server.ts';
import { STAGES } from '../crawler/apps/cli/progress.ts';

const BIN = fileURLToPath(new URL('../bin/govcheck.mjs', import.meta.url));
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 5;

interface Timing {
  firstLine: number;
  firstPage: number;
  firstLineCpu: number;
  firstPageCpu: number;
}

/** User + system CPU time of a process so far, in ms (fields 14 and 15 of /proc/PID/stat, in 1/100 s). */
function cpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** One crawl until its first page is checked (then stopped): when the two progress lines appeared, in ms. */
function startOnce(url: string, out: string, fromSource: boolean): Promise<Timing> {
  const started = performance.now();
  const child = spawn(
    process.execPath,
    [
      '--max-old-space-size=2000',
      BIN,
      'crawl',
      url,
      '--render',
      'never',
      '--skip',
      LOOPBACK_ONLY,
      '--max-pages',
      '3',
      '--out',
      out,
    ],
    {
      env: { ...process.env, ...(fromSource ? { GOVCHECK_FROM_SOURCE: '1' } : {}) },
      stdio: ['ignore', 'ignore', 'pipe'],
    },
  );
  return new Promise((resolve, reject) => {
    let text = '';
    let firstLine = 0;
    let firstLineCpu = 0;
    child.stderr.on('data', (chunk) => {
      text += chunk;
      if (!firstLine && text.includes(STAGES.prepare)) {
        firstLine = performance.now() - started;
        firstLineCpu = cpuMs(child.pid!);
      }
      if (text.includes(STAGES.crawl)) {
        const firstPageCpu = cpuMs(child.pid!);
        child.kill();
        resolve({ firstLine, firstPage: performance.now() - started, firstLineCpu, firstPageCpu });
      }
    });
    child.on('exit', () => reject(new Error(`crawl ended before its first page:\n${text}`)));
  });
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

const site = await serveStaticSite(DEMO_SITE_DIR);
const out = join(await mkdtemp(join(tmpdir(), 'govcheck-startup-')), 'report');
try {
  console.log('| run from | first progress line: wall / CPU | first page checked: wall / CPU | runs |');
  console.log('| --- | --- | --- | --- |');
  for (const fromSource of [true, false]) {
    const timings: Timing[] = [];
    for (let i = 0; i < runs; i++) timings.push(await startOnce(site.url, out, fromSource));
    const ms = (pick: (t: Timing) => number) => `${Math.round(median(timings.map(pick)))} ms`;
    const from = fromSource ? 'sources (tsx)' : 'dist/ (compiled)';
    const line = `${ms((t) => t.firstLine)} / ${ms((t) => t.firstLineCpu)}`;
    console.log(`| ${from} | ${line} | ${ms((t) => t.firstPage)} / ${ms((t) => t.firstPageCpu)} | ${runs} |`);
  }
} finally {
  await site.close();
}
