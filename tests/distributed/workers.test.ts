import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Queue } from 'bullmq';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.ts';
import { QUEUE_NAME, redisOptions } from '../../crawler/apps/distributed/queue.ts';
import { siteSlug } from '../../crawler/apps/sites/run-sites.ts';
import { runCli, startCli } from '../helpers/run-cli.ts';
import { startPostgres, startRedis, type Service } from '../helpers/services.ts';
import { sitesYaml, startFixtureSite, type FixtureSite } from './fixture-sites.ts';

const PAGES = 8;
// Short, so a killed worker's job moves on soon; long enough that a loaded machine still renews it in time.
const LOCK_MS = 8_000;
// Worker processes start in seconds on an idle machine; a loaded one must not fail the test by the clock.
const NO_CLOCK = 600_000;

describe('distributed: enqueue → workers (real CLI) → PostgreSQL + reports', () => {
  let redis: Service;
  let postgres: Service;
  let dir: string;
  let queue: Queue;
  let db: pg.Pool;
  const sites: FixtureSite[] = [];
  const workers: ReturnType<typeof startCli>[] = [];

  // Each worker reads its own sites file: a job names the site, nothing more.
  const worker = (sitesFile: string) => {
    const started = startCli([
      'worker',
      '--config',
      sitesFile,
      '--redis',
      redis.url,
      '--db',
      postgres.url,
      '--lock-duration',
      String(LOCK_MS),
    ]);
    workers.push(started);
    return started;
  };
  const waitUntil = async (what: string, done: () => Promise<boolean> | boolean) => {
    while (!(await done())) {
      const dead = workers.find((w) => w.child.exitCode !== null && w.child.signalCode === null);
      if (dead) throw new Error(`a worker exited while waiting for ${what}: ${(await dead.done).stderr}`);
      await sleep(200);
    }
  };
  const stopWorkers = async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGTERM');
    return Promise.all(workers.splice(0).map((w) => w.done));
  };
  /** Report files written for a site: one file per run in its folder (formats: [json]; evidence is a sub-folder). */
  const reportFiles = async (reportsDir: string, site: FixtureSite) => {
    const folder = join(reportsDir, siteSlug(site.name));
    if (!existsSync(folder)) return [];
    return (await readdir(folder, { withFileTypes: true })).filter((f) => f.isFile()).map((f) => join(folder, f.name));
  };
  const runsOf = async (site: FixtureSite) =>
    (
      await db.query<{ id: number; finished: boolean }>(
        'SELECT id, finished_at IS NOT NULL AS finished FROM runs WHERE start_url = $1',
        [site.url],
      )
    ).rows;

  beforeAll(async () => {
    [redis, postgres] = await Promise.all([startRedis(), startPostgres()]);
    dir = await mkdtemp(join(tmpdir(), 'govcheck-distributed-'));
    for (let i = 0; i < 4; i++) sites.push(await startFixtureSite(`测试站点${i}`, { pages: PAGES, delayMs: 40 }));
    queue = new Queue(QUEUE_NAME, { connection: redisOptions(redis.url) });
    db = new pg.Pool({ connectionString: postgres.url, max: 2 });
  }, NO_CLOCK);
  afterAll(async () => {
    for (const w of workers) w.child.kill('SIGKILL');
    await queue?.close();
    await db?.end();
    await Promise.all(sites.map((s) => s.close()));
    await Promise.all([redis?.stop(), postgres?.stop()]);
    if (dir) await rm(dir, { recursive: true, force: true });
  }, NO_CLOCK);

  it(
    'reports every site once, though a worker is SIGKILLed mid-job; the next worker resumes that run',
    async () => {
      const reportsDir = join(dir, 'reports');
      const sitesFile = join(dir, 'sites.yaml');
      await writeFile(sitesFile, sitesYaml(sites, reportsDir, join(dir, 'unused.sqlite')));
      const enqueued = await runCli(['enqueue', '--config', sitesFile, '--redis', redis.url]);
      expect(enqueued.code, enqueued.stderr).toBe(0);
      expect(await queue.getWaitingCount()).toBe(sites.length);

      // One worker alone, killed once it is half-way through its first site.
      const first = worker(sitesFile);
      await waitUntil('the first pages', () => sites.some((s) => s.pagesServed() >= PAGES / 2));
      first.child.kill('SIGKILL');
      expect((await first.done).signal).toBe('SIGKILL');
      workers.splice(workers.indexOf(first), 1);
      const victim = sites.find((s) => s.pagesServed() > 0)!;
      const [killedRun] = await runsOf(victim);
      expect(killedRun.finished).toBe(false);
      const finishedBeforeKill = (
        await db.query<{ url: string }>('SELECT url FROM frontier WHERE run_id = $1 AND done', [killedRun.id])
      ).rows.map((r) => new URL(r.url).pathname);
      expect(finishedBeforeKill.length).toBeGreaterThan(0);
      const hitsAtKill = new Map(victim.hits);

      // Two workers take over: the stalled job returns to the queue after the lock expires.
      worker(sitesFile);
      worker(sitesFile);
      await waitUntil('every job to complete', async () => (await queue.getCompletedCount()) === sites.length);
      for (const exit of await stopWorkers()) expect(exit.code, exit.stderr).toBe(0);
      expect(await queue.getFailedCount()).toBe(0);

      for (const site of sites) {
        const runs = await runsOf(site);
        expect(runs, site.name).toHaveLength(1);
        expect(runs[0].finished).toBe(true);
        const files = await reportFiles(reportsDir, site);
        expect(files, site.name).toHaveLength(1);
        const report = JSON.parse(await readFile(files[0], 'utf8')) as Report;
        expect(report.stats.pagesFetched).toBe(PAGES);
        expect((report.sections.crawl as { resumed: boolean }).resumed).toBe(site === victim);
      }
      expect(killedRun.id).toBe((await runsOf(victim))[0].id);
      for (const path of finishedBeforeKill)
        expect(victim.hits.get(path), `${path} refetched after resume`).toBe(hitsAtKill.get(path));
    },
    NO_CLOCK,
  );

  it(
    'retries a failed job; a retry after the crawl finished reports that run instead of crawling again',
    async () => {
      const site = await startFixtureSite('重试站点', { pages: 3 });
      sites.push(site);
      const reportsDir = join(dir, 'retry-reports');
      const sitesFile = join(dir, 'retry.yaml');
      await writeFile(sitesFile, sitesYaml([site], reportsDir, join(dir, 'unused.sqlite')));
      // A file where the site's report folder belongs: writing the reports fails after the crawl.
      await mkdir(reportsDir, { recursive: true });
      const blocker = join(reportsDir, siteSlug(site.name));
      await writeFile(blocker, 'not a folder');
      expect(
        (
          await runCli([
            'enqueue',
            '--config',
            sitesFile,
            '--redis',
            redis.url,
            '--attempts',
            '2',
            '--backoff',
            '600000',
          ])
        ).code,
      ).toBe(0);

      worker(sitesFile);
      await waitUntil('the first attempt to fail', async () => (await queue.getDelayedCount()) === 1);
      const [job] = await queue.getDelayed();
      expect(job.attemptsMade).toBe(1);
      expect(job.failedReason).toMatch(/EEXIST|ENOTDIR/);
      const hitsOfTheCrawl = Object.fromEntries(site.hits);
      await rm(blocker);
      await job.promote();
      await waitUntil('the retry to complete', async () => (await queue.getCompletedCount()) === sites.length);
      await stopWorkers();

      expect(await runsOf(site)).toEqual([expect.objectContaining({ finished: true })]);
      expect(await reportFiles(reportsDir, site)).toHaveLength(1);
      expect(Object.fromEntries(site.hits), 'the retry fetched nothing').toEqual(hitsOfTheCrawl);
    },
    NO_CLOCK,
  );
});
