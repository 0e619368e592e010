import type { Finding } from '../shared/model/finding.ts';
import { REPORT_SCHEMA_VERSION, type Report } from '../shared/model/report.ts';

/** A report file that is not a govcheck JSON report; the message is shown to the webmaster (zh first). */
export class ReportImportError extends Error {
  override name = 'ReportImportError';
}

const FINDING_FIELDS = ['id', 'checkId', 'category', 'outcome', 'severity', 'url', 'messageId'] as const;

/**
 * Parses a crawler JSON report. Checks the shape the overlay relies on (schema version, findings with ids and
 * URLs, localized messages); the full schema is the crawler's contract, not re-validated here.
 */
export function parseReport(text: string): Report {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new ReportImportError('不是有效的 JSON 文件 (not valid JSON)');
  }
  const report = value as Partial<Report> | null;
  if (!report || typeof report !== 'object' || report.tool?.name !== 'govcheck') {
    throw new ReportImportError('不是 govcheck 巡检报告 (not a govcheck report)');
  }
  if (report.schemaVersion !== REPORT_SCHEMA_VERSION) {
    throw new ReportImportError(`不支持的报告版本 ${String(report.schemaVersion)} (unsupported schemaVersion)`);
  }
  if (!Array.isArray(report.findings)) throw new ReportImportError('报告缺少 findings (report has no findings)');
  report.findings.forEach((f, i) => {
    const missing = FINDING_FIELDS.filter((k) => typeof (f as unknown as Record<string, unknown>)?.[k] !== 'string');
    if (missing.length || typeof f.message?.zh !== 'string') {
      throw new ReportImportError(
        `第 ${i + 1} 条问题缺少字段 ${missing.join(', ') || 'message'} (finding ${i + 1} is incomplete)`,
      );
    }
  });
  return report as Report;
}

/** URL key for matching a report page to the tab: no fragment, no trailing slash on the path. */
export function pageKey(url: string): string {
  try {
    const u = new URL(url);
    u.hash = '';
    if (u.pathname.length > 1) u.pathname = u.pathname.replace(/\/+$/, '');
    return u.href;
  } catch {
    return url;
  }
}

/** The report's findings about this page: its own URL, or a template-merged finding listing it in `pages`. */
export function findingsForPage(report: Pick<Report, 'findings'>, url: string): Finding[] {
  const key = pageKey(url);
  return report.findings.filter((f) => pageKey(f.url) === key || (f.pages ?? []).some((p) => pageKey(p) === key));
}
