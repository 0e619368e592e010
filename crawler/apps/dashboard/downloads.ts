import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Report } from '../../../shared/model/report.ts';
import { REPORT_WRITERS, writeReports } from '../../report/write-reports.ts';
import { renderDocxReport } from '../../report/docx/docx-report.ts';
import { siteDisplayName } from '../../../shared/report/evidence-text.ts';
import { crawlDate, type RectifyOptions } from '../../../shared/report/rows.ts';
import { zipStore } from './zip-store.ts';

export const CONTENT_TYPE: Record<string, string> = {
  json: 'application/json; charset=utf-8',
  html: 'text/html; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  zip: 'application/zip',
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

/** What each download is, in the name an office files it under. */
const DOCUMENT_KIND: Record<string, string> = {
  json: '检查报告',
  html: '检查报告',
  pdf: '检查报告',
  xlsx: '问题清单',
  csv: '问题清单',
  docx: '整改通知',
  zip: '整改通知',
};

/** `<site name>-<crawl date>-问题清单.xlsx` and the like: the site's name, never its host:port. */
export function downloadName(report: Report, format: string, unit?: string): string {
  const name = safeName(siteDisplayName(report));
  const unitPart = unit ? `-${safeName(unit)}` : '';
  return `${name}-${crawlDate(report)}-${DOCUMENT_KIND[format] ?? '检查报告'}${unitPart}.${format}`;
}

const safeName = (text: string): string => text.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_').slice(0, 60);

/** Content-Disposition for a non-ASCII file name (RFC 6266 / 5987), with an ASCII fallback for old clients. */
export function attachmentHeader(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]+/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** Every 整改通知 of a run, the whole-site one and one per responsible unit, as one ZIP of DOCX files. */
export async function noticesZip(report: Report, options: RectifyOptions): Promise<Buffer> {
  const parts = await renderDocxReport(report, options);
  return zipStore(
    Object.fromEntries(
      Object.entries(parts).map(([unit, bytes]) => [downloadName(report, 'docx', unit || undefined), bytes]),
    ),
  );
}
