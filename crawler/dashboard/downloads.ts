import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../shared/model/report.ts';
import type { RectifyOptions } from '../../shared/report/rows.ts';
import { REPORT_WRITERS, writeReports } from '../report/write-reports.ts';

export const CONTENT_TYPE: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
};

export const isReportFormat = (format: string): boolean => Object.hasOwn(REPORT_WRITERS, format);

/**
 * One report file, written on demand by the same writers as `govcheck report` into a temp folder that is
 * removed afterwards. The stored report already carries its 复核 section. DOCX: the main file (the per-unit
 * notices are separate files in `govcheck run` output).
 */
export function renderDownload(report: Report, format: string, options: RectifyOptions): Promise<Buffer> {
  const result = queue.then(() => writeOne(report, format, options));
  queue = result.catch(() => undefined);
  return result;
}

/** One download is written at a time: a PDF starts a Chromium, and several at once would stall a small machine. */
let queue: Promise<unknown> = Promise.resolve();

async function writeOne(report: Report, format: string, options: RectifyOptions): Promise<Buffer> {
  const dir = await mkdtemp(join(tmpdir(), 'govcheck-dashboard-'));
  try {
    const written = await writeReports(report, [format], join(dir, `report.${format}`), options);
    return await readFile(written[format]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** report-<host>-<yyyy-mm-dd>.<ext>: ASCII only, so Content-Disposition needs no encoding games. */
export function downloadName(report: Report, format: string): string {
  const host = report.site.host.replace(/[^A-Za-z0-9.-]+/g, '_');
  return `govcheck-${host}-${report.startedAt.slice(0, 10)}.${format}`;
}
