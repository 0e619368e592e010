import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import type { Report } from '../../shared/model/report.ts';
import { renderHtmlReport } from './html-report.ts';

export type ReportWriter = (report: Report) => string | Uint8Array | Promise<string | Uint8Array>;

/** Output formats by name; each turns the JSON report into one file. */
export const REPORT_WRITERS: Record<string, ReportWriter> = {
  json: (report) => `${JSON.stringify(report, null, 2)}\n`,
  html: renderHtmlReport,
};

export const REPORT_FORMATS = Object.keys(REPORT_WRITERS);

/** With one format `out` is the file itself; with several it is the base name (out.json, out.html …). */
export function outputPaths(out: string, formats: readonly string[]): Record<string, string> {
  if (formats.length === 1) return { [formats[0]]: resolve(out) };
  const base = out.replace(/\.(json|html|xlsx|docx|pdf|csv)$/i, '');
  return Object.fromEntries(formats.map((f) => [f, resolve(`${base}.${f}`)]));
}

export async function writeReports(report: Report, formats: readonly string[], out: string): Promise<Record<string, string>> {
  const paths = outputPaths(out, formats);
  for (const [format, path] of Object.entries(paths)) {
    const writer = REPORT_WRITERS[format];
    if (!writer) throw new Error(`unknown report format "${format}"`);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, await writer(report));
  }
  return paths;
}
