import type { PageRecord, Report } from '../../shared/model/report.ts';
import { redactPersonalNumbers } from '../../shared/privacy/redact.ts';
import { isPostgresUrl, openPgPool } from './pg-schema.ts';
import { openDatabase } from './sqlite-schema.ts';

export interface RunSummary {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  report?: Report;
}

type RunRow = { id: number; started_at: string; finished_at: string | null; report: string | null };

const LIST_RUNS = 'SELECT id, started_at, finished_at, report FROM runs WHERE start_url = $1 ORDER BY id';
const STORE_REPORT = 'UPDATE runs SET report = $1 WHERE start_url = $2 AND finished_at = $3';

/** Runs one statement on the store `db` names: a SQLite file, or a PostgreSQL URL (distributed mode). */
async function query<T>(db: string, sql: string, params: unknown[]): Promise<T[]> {
  if (isPostgresUrl(db)) {
    const pool = await openPgPool(db, 1);
    try {
      return (await pool.query(sql, params)).rows as T[];
    } finally {
      await pool.end();
    }
  }
  const sqlite = openDatabase(db);
  try {
    // The statements above use each $n once, in order, so they map onto SQLite's positional `?`.
    const statement = sqlite.prepare(sql.replace(/\$\d+/g, '?'));
    return statement.reader ? (statement.all(...params) as T[]) : (statement.run(...params), []);
  } finally {
    sqlite.close();
  }
}

/**
 * A report as stored with its run: without its page records (`pages: []`), which the run's pages table holds
 * already; a 50,000-page report is 60% page records.
 */
export const storedReport = (report: Report): string => JSON.stringify({ ...report, pages: [] });

/** Runs of one site (by start URL), oldest first; finished runs carry their report. */
export async function listRuns(db: string, startUrl: string): Promise<RunSummary[]> {
  const rows = await query<RunRow>(db, LIST_RUNS, [startUrl]);
  return Promise.all(
    rows.map(async (r) => ({
      id: r.id,
      startedAt: r.started_at,
      finishedAt: r.finished_at,
      ...(r.report ? { report: await withPages(db, r.id, JSON.parse(r.report) as Report) } : {}),
    })),
  );
}

/** A stored report with its page records back, masked as buildReport masks them (older rows carry their own). */
async function withPages(db: string, runId: number, report: Report): Promise<Report> {
  if (report.pages.length) return report;
  const order = isPostgresUrl(db) ? 'seq' : 'rowid';
  const rows = await query<{ record: string }>(db, `SELECT record FROM pages WHERE run_id = $1 ORDER BY ${order}`, [
    runId,
  ]);
  report.pages = rows.map((row) => redactPersonalNumbers(JSON.parse(row.record) as PageRecord));
  return report;
}

/** The newest finished report of a site, if any. */
export async function latestReport(db: string, startUrl: string): Promise<Report | undefined> {
  return (await listRuns(db, startUrl)).reverse().find((r) => r.report)?.report;
}

/** Replaces the stored report of the run that produced it (e.g. once the 复核 section is added). */
export async function storeFinalReport(db: string, report: Report): Promise<void> {
  await query(db, STORE_REPORT, [storedReport(report), report.site.startUrl, report.finishedAt]);
}
