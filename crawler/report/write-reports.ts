import { createWriteStream } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { dirname, join, resolve } from 'node:path';
import { inlineEvidence } from './inline-evidence.ts';
import type { Browser } from 'puppeteer-core';
import type { Report } from '../../shared/model/report.ts';
import { withRecheck } from '../../shared/report/diff.ts';
import type { RectifyOptions } from '../../shared/report/rows.ts';
import { renderCsvReport } from './csv-report.ts';
import { renderHtmlReport } from './html-report.ts';
import { jsonReportChunks } from './json-report.ts';
import { isReportFormat, REPORT_FORMATS, type ReportFormat } from './formats.ts';

export interface ReportOptions extends RectifyOptions {
  /** The previous report of the same site: every format then shows 复核 (new / still open / fixed). */
  previous?: Report;
  /** A running Chromium for the PDF (one is launched per PDF otherwise). */
  browser?: Browser;
}

/**
 * A writer's output: one file (whole, or as text chunks written one after another so a big report never
 * exists whole in memory), or several ('' = the main file, other keys become `base.<key>.ext`).
 */
export type ReportOutput = string | Uint8Array | { chunks: Iterable<string> } | { parts: Record<string, Uint8Array> };
type FileOutput = string | Uint8Array | { chunks: Iterable<string> };

export type ReportWriter = (report: Report, options: ReportOptions) => ReportOutput | Promise<ReportOutput>;

/**
 * Output formats by name; each turns the JSON report into its file(s). The XLSX, DOCX and PDF writers load
 * when asked for: their libraries (exceljs alone is ~100 modules) would slow every crawl's start-up.
 */
export const REPORT_WRITERS: Record<ReportFormat, ReportWriter> = {
  json: (report) => ({ chunks: jsonReportChunks(report) }),
  html: renderHtmlReport,
  xlsx: async (report, options) => (await import('./xlsx-report.ts')).renderXlsxReport(report, options),
  docx: async (report, options) => ({
    parts: await (await import('./docx/docx-report.ts')).renderDocxReport(report, options),
  }),
  pdf: async (report, options) => ({
    parts: await (await import('./pdf-report.ts')).renderPdfReports(report, options),
  }),
  csv: renderCsvReport,
};

export { REPORT_FORMATS };

/** Evidence screenshots live in `evidence/` beside the reports; findings name them relative to that folder's parent. */
export const evidenceDirFor = (out: string): string => join(dirname(resolve(out)), 'evidence');

/** With one format `out` is the file itself; with several it is the base name (out.json, out.html …). */
export function outputPaths(out: string, formats: readonly string[]): Record<string, string> {
  if (formats.length === 1) return { [formats[0]]: resolve(out) };
  const base = out.replace(/\.(json|html|xlsx|docx|pdf|csv)$/i, '');
  return Object.fromEntries(formats.map((f) => [f, resolve(`${base}.${f}`)]));
}

/**
 * Writes each format; returns the paths by format (extra files as `format:key`, e.g. `docx:县教育局`).
 * With options.previous the report gets its 复核 section first, so the JSON carries it too.
 */
export async function writeReports(
  report: Report,
  formats: readonly string[],
  out: string,
  options: ReportOptions = {},
): Promise<Record<string, string>> {
  const unknown = formats.filter((f) => !isReportFormat(f));
  if (unknown.length > 0)
    throw new Error(`unknown report format "${unknown.join(', ')}" (known: ${REPORT_FORMATS.join(', ')})`);
  const rechecked = options.previous ? withRecheck(report, options.previous) : report;
  // Screenshots saved as files go into every format inline, so each document stands on its own.
  const full = await inlineEvidence(rechecked, dirname(resolve(out)));
  const written: Record<string, string> = {};
  for (const [format, path] of Object.entries(outputPaths(out, formats))) {
    const output = await REPORT_WRITERS[format as ReportFormat](full, options);
    const files: Record<string, FileOutput> =
      typeof output === 'object' && 'parts' in output ? output.parts : { '': output };
    for (const [key, data] of Object.entries(files)) {
      const target = key ? path.replace(/(\.[^./]+)?$/, `.${safeFileName(key)}$1`) : path;
      await mkdir(dirname(target), { recursive: true });
      await (typeof data === 'object' && 'chunks' in data
        ? pipeline(Readable.from(data.chunks), createWriteStream(target))
        : writeFile(target, data));
      written[key ? `${format}:${key}` : format] = target;
    }
  }
  return written;
}

/** A unit name as part of a file name: no path separators or characters Windows forbids. */
const safeFileName = (name: string): string => name.replace(/[\\/:*?"<>|\s\u0000-\u001f]+/g, '_').slice(0, 80);
