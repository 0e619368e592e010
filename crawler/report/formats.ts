import { UsageError } from '../runtime/errors.ts';

/** Report formats by name, kept apart from the writers so that naming one does not load Excel, Word and Chromium. */
export const REPORT_FORMATS = ['json', 'html', 'xlsx', 'docx', 'pdf', 'csv'] as const;

export type ReportFormat = (typeof REPORT_FORMATS)[number];

export const isReportFormat = (name: string): name is ReportFormat =>
  (REPORT_FORMATS as readonly string[]).includes(name);

/** A comma-separated --format value (empty: the fallback); an unknown name is a usage error listing the known ones. */
export function parseFormats(value: string | undefined, fallback: ReportFormat): ReportFormat[] {
  const names = (value ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const unknown = names.filter((f) => !isReportFormat(f));
  if (unknown.length) {
    throw new UsageError(
      `不支持的报告格式：${unknown.join(', ')}（可用：${REPORT_FORMATS.join(', ')}）`,
      `Unsupported report formats: ${unknown.join(', ')} (available: ${REPORT_FORMATS.join(', ')})`,
    );
  }
  return names.length ? (names as ReportFormat[]) : [fallback];
}
