/**
 * npm run bench:distributed [-- --sites 200 --pages 3 --workers 1,4]
 * Distributed mode end to end on loopback: a real redis-server and PostgreSQL (tests/helpers/services.ts),
 * `--sites` generated sites (each on its own port, so its own host), and for each worker count a fresh
 * database and queue, that many `govcheck worker` processes (the real CLI, concurrency 1 each), then one
 * job per site. Timed from the enqueue to the last completed job (worker start-up excluded); prints
 * sites/min per worker count and the ratio to the first, pages/s, the workers' CPU seconds (start-up
 * included) per page, and PostgreSQL's commits and rows written per page (pg_stat_database): the inputs of
 * the province-round estimate in docs/distributed.md.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { parseArgs } from 'node:util';
import { Queue } from 'bullmq';
import pg from 'pg';
import { enqueueSites, QUEUE_NAME, redisOptions } from '../crawler/apps/distributed/queue.ts';
import { loadSitesConfig } from '../crawler/apps/sites/sites-config.ts';
import { startCli } from '../tests/helpers/run-cli.ts';
import { startPostgres, startRedis } from '../tests/helpers/services.ts';
import { sitesYaml, startFixtureSite, type FixtureSite } from '../tests/distributed/fixture-sites.ts';

const { values } = parseArgs({
  options: {
    sites: { type: 'string', default: '200' },
    pages: { type: 'string', default: '3' },
    workers: { type: 'string', default: '1,4' },
  },
});
const workerCounts = values.workers.split(',').map(Number);

/** CPU seconds (user + system) a live process has used so far, from /proc (clock ticks of 1/100 s on Linux). */
async function cpuSeconds(pid: number): Promise<number> {
  const fields = (await readFile(`/proc/${pid}/stat`, 'utf8')).replace(/^.*\) /, '').split(' ');
  return (Number(fields[11]) + Number(fields[12])) / 100;
}

/**
 * N workers ready (each has logged its start), measured from the enqueue to the last completed job; the
 * workers' CPU seconds are read before they are stopped.
 */
async function round(
  workers: number,
  redisUrl: string,
  dbUrl: string,
  sitesFile: string,
  total: number,
): Promise<{ seconds: number; cpu: number }> {
  const queue = new Queue(QUEUE_NAME, { connection: redisOptions(redisUrl) });
  await queue.obliterate({ force: true });
  const children = Array.from({ length: workers }, () =>
    startCli(['worker', '--config', sitesFile, '--redis', redisUrl, '--db', dbUrl]),
  );
  let stderr = '';
  for (const c of children) c.child.stderr!.on('data', (d) => (stderr += d));
  while ((stderr.match(/worker started/g) ?? []).length < workers) await sleep(100);
  const started = performance.now();
  await enqueueSites(await loadSitesConfig(sitesFile), redisUrl);
  while ((await queue.getCompletedCount()) + (await queue.getFailedCount()) < total) await sleep(250);
  const seconds = (performance.now() - started) / 1000;
  const failed = await queue.getFailedCount();
  const cpu = (await Promise.all(children.map((c) => cpuSeconds(c.child.pid!)))).reduce((a, b) => a + b, 0);
  for (const c of children) c.child.kill('SIGTERM');
  await Promise.all(children.map((c) => c.done));
  await queue.close();
  if (failed) throw new Error(`${failed} jobs failed:\n${stderr.slice(-2000)}`);
  return { seconds, cpu };
}

/** Transactions committed and rows written in one database so far (the statistics lag by up to ~0.5 s). */
async function writesOf(admin: pg.Client, db: string): Promise<{ commits: number; rows: number }> {
  await sleep(1000);
  const { rows } = await admin.query<{ commits: string; rows: string }>(
    `SELECT xact_commit AS commits, tup_inserted + tup_updated + tup_deleted AS rows
    FROM pg_stat_database WHERE datname = $1`,
    [db],
  );
  return { commits: Number(rows[0].commits), rows: Number(rows[0].rows) };
}

async function main(): Promise<void> {
  const total = Number(values.sites);
  const [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
  const dir = await mkdtemp(join(tmpdir(), 'govcheck-bench-distributed-'));
  const sites: FixtureSite[] = [];
  try {
    for (let i = 0; i < total; i++) sites.push(await startFixtureSite(`站点${i}`, { pages: Number(values.pages) }));
    const admin = new pg.Client(postgres.url);
    await admin.connect();
    const results: {
      workers: number;
      seconds: number;
      perMinute: number;
      cpu: number;
      commits: number;
      rows: number;
    }[] = [];
    const pages = total * Number(values.pages);
    for (const workers of workerCounts) {
      // A fresh database per round: no earlier run to resume or compare with.
      await admin.query(`CREATE DATABASE bench_${workers}`);
      const dbUrl = postgres.url.replace(/\/postgres$/, `/bench_${workers}`);
      const sitesFile = join(dir, `sites-${workers}.yaml`);
      await writeFile(sitesFile, sitesYaml(sites, join(dir, `reports-${workers}`), dbUrl));
      const before = await writesOf(admin, `bench_${workers}`);
      const { seconds, cpu } = await round(workers, redis.url, dbUrl, sitesFile, total);
      const after = await writesOf(admin, `bench_${workers}`);
      results.push({
        workers,
        seconds,
        perMinute: (total / seconds) * 60,
        cpu,
        commits: after.commits - before.commits,
        rows: after.rows - before.rows,
      });
      process.stderr.write(`${workers} worker(s): ${total} sites in ${seconds.toFixed(1)} s\n`);
    }
    await admin.end();
    console.log(`${total} loopback sites × ${values.pages} pages, worker concurrency 1, render never`);
    console.log(
      '| workers | seconds | sites/min | ratio | pages/s | worker CPU s | CPU ms/page | PG commits/page |' +
        ' PG rows/page |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const r of results) {
      console.log(
        `| ${r.workers} | ${r.seconds.toFixed(1)} | ${r.perMinute.toFixed(1)} |` +
          ` ${(r.perMinute / results[0].perMinute).toFixed(2)} | ${(pages / r.seconds).toFixed(1)} |` +
          ` ${r.cpu.toFixed(1)} | ${((1000 * r.cpu) / pages).toFixed(0)} | ${(r.commits / pages).toFixed(1)} |` +
          ` ${(r.rows / pages).toFixed(1)} |`,
      );
    }
  } finally {
    await Promise.all(sites.map((s) => s.close()));
    await Promise.all([redis.stop(), postgres.stop()]);
    await rm(dir, { recursive: true, force: true });
  }
}

await main();
