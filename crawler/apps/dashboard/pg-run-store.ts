import type pg from 'pg';
import { listRuns } from '../../store/run-history.ts';
import { openPgPool } from '../../store/pg-schema.ts';
import type { RunProgress, RunStore, StoredRun } from './run-store.ts';

const PROGRESS = `SELECT r.id AS "runId", r.start_url AS "startUrl", r.started_at AS "startedAt",
  (SELECT count(*) FROM frontier f WHERE f.run_id = r.id AND f.done)::int AS "pagesDone",
  (SELECT count(*) FROM frontier f WHERE f.run_id = r.id AND NOT f.done)::int AS "pagesQueued",
  (SELECT count(*) FROM findings g WHERE g.run_id = r.id)::int AS findings
  FROM runs r WHERE r.finished_at IS NULL ORDER BY r.id`;

/** The read model over a distributed-mode PostgreSQL store (same tables as SQLite, see crawler/store/pg-schema.ts). */
export class PgRunStore implements RunStore {
  private constructor(
    private readonly url: string,
    private readonly pool: pg.Pool,
  ) {}

  static async open(url: string): Promise<PgRunStore> {
    return new PgRunStore(url, await openPgPool(url, 2));
  }

  async startUrls(): Promise<string[]> {
    return (
      await this.pool.query<{ url: string }>('SELECT DISTINCT start_url AS url FROM runs ORDER BY start_url')
    ).rows.map((r) => r.url);
  }

  async runs(startUrl: string): Promise<StoredRun[]> {
    return (await listRuns(this.url, startUrl)).map((r) => ({ ...r, startUrl }));
  }

  async run(id: number): Promise<StoredRun | undefined> {
    const row = (await this.pool.query<{ url: string }>('SELECT start_url AS url FROM runs WHERE id = $1', [id]))
      .rows[0];
    return row ? (await this.runs(row.url)).find((r) => r.id === id) : undefined;
  }

  async progress(): Promise<RunProgress[]> {
    return (await this.pool.query<RunProgress>(PROGRESS)).rows;
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
