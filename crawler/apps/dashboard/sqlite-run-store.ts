import type Database from 'better-sqlite3';
import { openDatabase } from '../../store/sqlite-schema.ts';
import { listRuns } from '../../store/run-history.ts';
import type { RunProgress, RunStore, StoredRun } from './run-store.ts';

const PROGRESS = `SELECT r.id AS runId, r.start_url AS startUrl, r.started_at AS startedAt,
  (SELECT count(*) FROM frontier f WHERE f.run_id = r.id AND f.done = 1) AS pagesDone,
  (SELECT count(*) FROM frontier f WHERE f.run_id = r.id AND f.done = 0) AS pagesQueued,
  (SELECT count(*) FROM findings g WHERE g.run_id = r.id) AS findings
  FROM runs r WHERE r.finished_at IS NULL ORDER BY r.id`;

/** The read model over a govcheck SQLite file; the run history itself comes from crawler/store/run-history.ts. */
export class SqliteRunStore implements RunStore {
  constructor(private readonly path: string) {}

  async startUrls(): Promise<string[]> {
    return this.read((db) =>
      (db.prepare('SELECT DISTINCT start_url AS url FROM runs ORDER BY start_url').all() as { url: string }[]).map(
        (r) => r.url,
      ),
    );
  }

  async runs(startUrl: string): Promise<StoredRun[]> {
    return (await listRuns(this.path, startUrl)).map((r) => ({ ...r, startUrl }));
  }

  async run(id: number): Promise<StoredRun | undefined> {
    const row = this.read(
      (db) => db.prepare('SELECT start_url AS url FROM runs WHERE id = ?').get(id) as { url: string } | undefined,
    );
    return row ? (await this.runs(row.url)).find((r) => r.id === id) : undefined;
  }

  async progress(): Promise<RunProgress[]> {
    return this.read((db) => db.prepare(PROGRESS).all() as RunProgress[]);
  }

  async close(): Promise<void> {
    // Nothing held open between requests.
  }

  /** A connection per request: crawls in this or another process write the same file (WAL lets both go on). */
  private read<T>(query: (db: Database.Database) => T): T {
    const db = openDatabase(this.path);
    try {
      return query(db);
    } finally {
      db.close();
    }
  }
}
