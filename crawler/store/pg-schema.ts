import pg from 'pg';
import { INCREMENTAL_TABLES } from './incremental-tables.ts';

// The SQLite schema (sqlite-schema.ts) in PostgreSQL terms, plus what several workers need: a frontier row
// names the worker that claimed it, and `workers` holds heartbeats so a dead worker's claims can be taken over.
const SCHEMA = `
CREATE TABLE IF NOT EXISTS runs (
  id SERIAL PRIMARY KEY,
  start_url TEXT NOT NULL,
  options TEXT NOT NULL,
  started_at TEXT NOT NULL,
  finished_at TEXT,
  report TEXT
);
CREATE INDEX IF NOT EXISTS runs_site ON runs (start_url, id);
CREATE TABLE IF NOT EXISTS frontier (
  seq BIGSERIAL PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  url TEXT NOT NULL,
  depth INTEGER NOT NULL,
  referrer TEXT,
  done BOOLEAN NOT NULL DEFAULT false,
  claimed_by TEXT,
  UNIQUE (run_id, url)
);
CREATE INDEX IF NOT EXISTS frontier_queue ON frontier (run_id, seq) WHERE NOT done;
CREATE TABLE IF NOT EXISTS pages (
  seq BIGSERIAL,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  url TEXT NOT NULL,
  record TEXT NOT NULL,
  probe TEXT NOT NULL,
  PRIMARY KEY (run_id, url)
);
CREATE TABLE IF NOT EXISTS findings (
  id BIGSERIAL PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  page_url TEXT NOT NULL,
  finding TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS findings_run ON findings (run_id);
CREATE TABLE IF NOT EXISTS collected (
  id BIGSERIAL PRIMARY KEY,
  run_id INTEGER NOT NULL REFERENCES runs(id),
  page_url TEXT NOT NULL,
  check_id TEXT NOT NULL,
  item TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS collected_check ON collected (run_id, check_id, id);
${INCREMENTAL_TABLES}CREATE TABLE IF NOT EXISTS workers (
  id TEXT PRIMARY KEY,
  seen_at TIMESTAMPTZ NOT NULL
);
`;

// Any constant: serialises schema creation when several workers start at once (CREATE IF NOT EXISTS races).
const SCHEMA_LOCK = 4_711_042;

/** Whether a --db value names a PostgreSQL database rather than a SQLite file. */
export const isPostgresUrl = (db: string): boolean => /^postgres(ql)?:\/\//i.test(db);

/** A connection pool to a govcheck PostgreSQL database, with the schema in place. */
export async function openPgPool(url: string, max = 4): Promise<pg.Pool> {
  const pool = new pg.Pool({ connectionString: url, max });
  // An idle client losing its server must not crash the process; the next query reports the error.
  pool.on('error', () => undefined);
  try {
    await inTransaction(pool, async (client) => {
      await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
      await client.query(SCHEMA);
    });
  } catch (error) {
    await pool.end();
    throw error;
  }
  return pool;
}

/** Runs `work` in one transaction on a client of the pool. */
export async function inTransaction<T>(pool: pg.Pool, work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('BEGIN');
    const result = await work(client);
    await client.query('COMMIT');
    return result;
  } catch (error) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw error;
  } finally {
    client.release();
  }
}
