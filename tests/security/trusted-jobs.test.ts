import { existsSync, readdirSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { isAbsolute, join, relative } from 'node:path';
import { Queue, UnrecoverableError } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { QUEUE_NAME, redisOptions } from '../../crawler/apps/distributed/queue.ts';
import { jobConfig, startWorker, trustedJob } from '../../crawler/apps/distributed/worker.ts';
import { UsageError } from '../../crawler/runtime/errors.ts';
import { hidePassword, storableOptions } from '../../crawler/config/secrets.ts';
import { siteSlug } from '../../crawler/apps/sites/run-sites.ts';
import { loadSitesConfig, type SitesConfig } from '../../crawler/apps/sites/sites-config.ts';
import { startFixtureSite, sitesYaml, type FixtureSite } from '../distributed/fixture-sites.ts';
import { startRedis, type Service } from '../helpers/services.ts';

const OWN: SitesConfig = {
  db: 'own.sqlite',
  reportsDir: '/srv/govcheck/reports',
  formats: ['json'],
  defaults: { maxPages: 50 },
  availability: { everyMinutes: 60, timeoutMs: 1000, vetoRatio: 0.05 },
  sites: [{ name: '云溪县人民政府', url: 'http://www.yunxi.gov.cn/' }],
} as unknown as SitesConfig;

describe("a job names a site; the worker's own sites file says everything else", () => {
  it('ignores folders, options and site entries a job carries', () => {
    const hostile = {
      site: '云溪县人民政府',
      runId: 'r-1',
      reportsDir: '/tmp/evil',
      evidenceDir: '/tmp/evil',
      formats: ['pdf'],
      defaults: { evidenceDir: '/tmp/evil', ignoreRobots: true, skipLinks: ['.*'] },
    };
    const config = jobConfig(hostile, { db: 'worker.sqlite', sites: OWN });
    expect(config.reportsDir).toBe('/srv/govcheck/reports');
    expect(config.formats).toEqual(['json']);
    expect(config.defaults).toEqual({ maxPages: 50, resume: true });
    expect(config.sites).toEqual(OWN.sites);
    expect(config.db).toBe('worker.sqlite');
  });

  it('fails for good a job for a site it does not know, or a job of another shape', () => {
    expect(() => jobConfig({ site: '别的网站', runId: 'r' }, { db: 'x', sites: OWN })).toThrow(UnrecoverableError);
    for (const data of [
      undefined,
      {},
      { site: { name: 'x', url: 'http://10.0.0.1/' }, runId: 'r' },
      { site: '云溪县人民政府', runId: '../../x' },
      { site: 'x'.repeat(201), runId: 'r' },
    ]) {
      expect(() => trustedJob(data), JSON.stringify(data)).toThrow(UnrecoverableError);
    }
  });

  it('keeps every site name inside the reports folder', () => {
    const root = '/srv/reports';
    for (const name of [
      '..',
      '.',
      '...',
      '../../etc',
      '/etc/passwd',
      'a/../../b',
      'C:\\Windows',
      '\u0000..',
      '',
      ' ..',
    ]) {
      const folder = join(root, siteSlug(name));
      const inside = relative(root, folder);
      expect(
        inside && !inside.startsWith('..') && !isAbsolute(inside) && !inside.includes('/'),
        `${JSON.stringify(name)} → ${inside}`,
      ).toBe(true);
    }
  });
});

describe('Redis and database credentials', () => {
  it('connects with TLS for rediss:, refuses other schemes, takes the password from the environment', () => {
    expect(redisOptions('rediss://cache.example:6380/2')).toMatchObject({
      host: 'cache.example',
      port: 6380,
      db: 2,
      tls: { servername: 'cache.example' },
    });
    expect(redisOptions('redis://127.0.0.1:6379').tls).toBeUndefined();
    expect(() => redisOptions('http://127.0.0.1:6379')).toThrow(UsageError);
    expect(redisOptions('redis://q:6379', { GOVCHECK_REDIS_PASSWORD: 's3cret' }).password).toBe('s3cret');
  });

  it("never stores a database password in a run's options", () => {
    expect(hidePassword('postgres://govcheck:s3cret@db:5432/gc')).toBe('postgres://govcheck:***@db:5432/gc');
    const options = { db: 'postgres://u:s3cret@h/d', maxPages: 5 };
    expect(JSON.stringify(storableOptions(options))).not.toContain('s3cret');
    const noDb: { db?: string; maxPages: number } = { maxPages: 5 };
    expect(storableOptions(noDb)).toEqual({ maxPages: 5 });
  });
});

describe('a worker given a hostile job writes only under its own reports folder', () => {
  let redis: Service;
  let dir: string;
  let site: FixtureSite;

  beforeAll(async () => {
    redis = await startRedis();
    dir = await mkdtemp(join(tmpdir(), 'govcheck-jobs-'));
    site = await startFixtureSite('..', { pages: 2 });
  }, 120_000);
  afterAll(async () => {
    await site?.close();
    await redis?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it('takes the site from its sites file, ignores the job\'s folders, and keeps a ".." name inside', async () => {
    const reportsDir = join(dir, 'reports');
    const evil = join(dir, 'evil');
    await writeFile(join(dir, 'sites.yaml'), sitesYaml([site], reportsDir, join(dir, 'runs.sqlite')));
    const sites = await loadSitesConfig(join(dir, 'sites.yaml'));
    const queue = new Queue(QUEUE_NAME, { connection: redisOptions(redis.url) });
    await queue.add('..', {
      site: '..',
      runId: 'r-1',
      reportsDir: evil,
      evidenceDir: evil,
      formats: ['json', 'html'],
      defaults: { evidenceDir: evil, render: 'never' },
    });
    const worker = startWorker({
      redis: redis.url,
      db: join(dir, 'runs.sqlite'),
      concurrency: 1,
      lockMs: 30_000,
      sites,
      log: () => undefined,
    });
    try {
      await vi.waitFor(async () => expect(await queue.getCompletedCount()).toBe(1), { timeout: 90_000, interval: 200 });
    } finally {
      await worker.close();
      await queue.close();
    }
    expect(existsSync(evil)).toBe(false);
    expect(readdirSync(dir).sort()).toEqual(
      ['reports', 'runs.sqlite', 'runs.sqlite-shm', 'runs.sqlite-wal', 'sites.yaml'].filter((f) =>
        existsSync(join(dir, f)),
      ),
    );
    expect(readdirSync(reportsDir)).toEqual([siteSlug('..')]);
  }, 120_000);
});
