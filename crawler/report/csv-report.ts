import type { Report } from '../../shared/model/report.ts';
import { neutralizeFormula, safeImageDataUrl, stripControls } from '../../shared/report/escape.ts';
import {
  findingRows,
  resolvedRows,
  ROW_HEADERS,
  type FindingRow,
  type RectifyOptions,
} from '../../shared/report/rows.ts';

/** Machine columns after the 问题清单 ones, for scripts that join runs. */
const EXTRA: [keyof FindingRow, string][] = [
  ['id', '发现编号'],
  ['checkId', '检查项'],
];

/**
 * RFC 4180 CSV, UTF-8 with a BOM and CRLF so Excel opens Chinese text correctly. Rows of findings that are gone
 * since the previous report come last with their 整改状态.
 */
export function renderCsvReport(report: Report, options: RectifyOptions = {}): string {
  const columns = [...ROW_HEADERS, ...EXTRA];
  const rows = [...findingRows(report, options), ...resolvedRows(report, options)];
  const lines = [columns.map(([, header]) => header), ...rows.map((row) => columns.map(([key]) => cellText(row, key)))];
  return `\uFEFF${lines.map((cells) => cells.map(quote).join(',')).join('\r\n')}\r\n`;
}

function cellText(row: FindingRow, key: keyof FindingRow): string {
  if (key === 'evidence' && safeImageDataUrl(row.evidence)) return '（截图见 HTML 报告）';
  // Controls first, so one hiding a formula prefix cannot bring it to the front afterwards.
  return neutralizeFormula(stripControls(String(row[key])));
}

const quote = (cell: string): string => (/[",\r\n]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell);
