import type { Report } from '../../shared/model/report.ts';
import { openDatabase } from './sqlite-schema.ts';

export interface RunSummary {
  id: number;
  startedAt: string;
  finishedAt: string | null;
  report?: Report;
}

/** Runs of one site (by start URL), oldest first; finished runs carry their report. */
export function listRuns(dbPath: string, startUrl: string): RunSummary[] {
  const db = openDatabase(dbPath);
  try {
    const rows = db.prepare('SELECT id, started_at, finished_at, report FROM runs WHERE start_url = ? ORDER BY id')
      .all(startUrl) as { id: number; started_at: string; finished_at: string | null; report: string | null }[];
    return rows.map((r) => ({ id: r.id, startedAt: r.started_at, finishedAt: r.finished_at,
      ...(r.report ? { report: JSON.parse(r.report) as Report } : {}) }));
  } finally {
    db.close();
  }
}

/** The newest finished report of a site, if any. */
export function latestReport(dbPath: string, startUrl: string): Report | undefined {
  return listRuns(dbPath, startUrl).reverse().find((r) => r.report)?.report;
}

/** Replaces the stored report of the run that produced it (e.g. once the 复核 section is added). */
export function storeFinalReport(dbPath: string, report: Report): void {
  const db = openDatabase(dbPath);
  try {
    db.prepare('UPDATE runs SET report = ? WHERE start_url = ? AND finished_at = ?')
      .run(JSON.stringify(report), report.site.startUrl, report.finishedAt);
  } finally {
    db.close();
  }
}
