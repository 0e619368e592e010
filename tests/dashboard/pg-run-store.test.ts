import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PgRunStore } from '../../crawler/apps/dashboard/pg-run-store.ts';
import { startDashboard, type Dashboard } from '../../crawler/apps/dashboard/server.ts';
import { recheckOf } from '../../shared/report/diff.ts';
import { startPostgres, type Service } from '../helpers/services.ts';
import { seedStore, SITE_NAME, type SeededStore } from './seed-store.ts';

let postgres: Service;
let seeded: SeededStore;
let store: PgRunStore;
let dashboard: Dashboard;

beforeAll(async () => {
  postgres = await startPostgres();
  seeded = await seedStore(postgres.url);
  store = await PgRunStore.open(postgres.url);
  dashboard = await startDashboard({ store, config: seeded.config });
});

afterAll(async () => {
  await dashboard?.close();
  await store?.close();
  await seeded?.close();
  await postgres?.stop();
});

describe('dashboard over the distributed-mode PostgreSQL store', () => {
  it('reads the two runs the crawls wrote, with their 复核', async () => {
    expect(await store.startUrls()).toEqual([seeded.base]);
    const runs = await store.runs(seeded.base);
    expect(runs.map((r) => r.report?.findings.length)).toEqual(seeded.runs.map((r) => r.report.findings.length));
    expect(recheckOf((await store.run(runs[1].id))!.report!)!.counts).toMatchObject({ new: 1, fixed: 1 });
    const html = await (await fetch(`${dashboard.url}run/${runs[1].id}`)).text();
    expect(html).toMatch(/data-recheck="new"><strong>1<\/strong>/);
    expect(html).toMatch(/data-recheck="fixed"><strong>1<\/strong>/);
    expect(await (await fetch(dashboard.url)).text()).toContain(`data-site="${SITE_NAME}"`);
  });

  it('reports an unfinished run as progress', async () => {
    const client = new pg.Client(postgres.url);
    await client.connect();
    const { rows } = await client.query<{ id: number }>(
      'INSERT INTO runs (start_url, options, started_at) VALUES ($1, $2, $3) RETURNING id',
      [seeded.base, '{}', new Date().toISOString()],
    );
    await client.query('INSERT INTO frontier (run_id, url, depth, done) VALUES ($1, $2, 0, true), ($1, $3, 1, false)', [
      rows[0].id,
      `${seeded.base}a`,
      `${seeded.base}b`,
    ]);
    await client.end();
    const progress = (await (await fetch(`${dashboard.url}api/progress`)).json()) as {
      runs: Record<string, unknown>[];
    };
    expect(progress.runs).toEqual([
      expect.objectContaining({ runId: rows[0].id, site: SITE_NAME, pagesDone: 1, pagesQueued: 1, findings: 0 }),
    ]);
  });
});
