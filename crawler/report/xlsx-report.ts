import ExcelJS from 'exceljs';
import type { Report } from '../../shared/model/report.ts';
import { neutralizeFormula, safeHref, safeImageDataUrl, stripControls } from '../../shared/report/escape.ts';
import { reportTitle } from '../../shared/report/components/report-view.tsx';
import { findingRows, resolvedRows, ROW_HEADERS, type FindingRow, type RectifyOptions } from '../../shared/report/rows.ts';
import { summarize, type Tally } from '../../shared/report/summary.ts';

const WIDTHS: Partial<Record<keyof FindingRow, number>> = {
  index: 6, category: 14, indicators: 28, severity: 9, column: 14, pageTitle: 24, url: 40, pageCount: 8,
  description: 48, original: 28, suggestion: 36, evidence: 14, deadline: 12, status: 10, unit: 14,
};

/** 问题清单 (台账): a summary sheet, the full list, one sheet per category, and 已整改 with a previous report. */
export async function renderXlsxReport(report: Report, options: RectifyOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `govcheck ${report.tool.version}`;
  workbook.created = new Date(report.finishedAt);
  const rows = findingRows(report, options);
  const headers = ROW_HEADERS.filter(([key]) => key !== 'unit' || options.units);
  addSummarySheet(workbook, report);
  addFindingSheet(workbook, '问题清单', rows, headers);
  for (const category of [...new Set(rows.map((r) => r.category))]) {
    addFindingSheet(workbook, category, rows.filter((r) => r.category === category), headers);
  }
  const resolved = resolvedRows(report, options);
  if (resolved.length > 0) addFindingSheet(workbook, '复核-已不存在', resolved, headers);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Every text cell goes through here: page text never starts a formula, and never carries a control character
 * (exceljs drops C0 controls itself but writes U+FFFE, and Excel then calls the file corrupt). Controls go
 * first, so one hiding a formula prefix cannot bring it to the front afterwards.
 */
const text = (value: string | number): string | number => (typeof value === 'number' ? value : neutralizeFormula(stripControls(value)));

function addSummarySheet(workbook: ExcelJS.Workbook, report: Report): void {
  const summary = summarize(report);
  const sheet = workbook.addWorksheet('汇总');
  sheet.columns = [{ width: 60 }, { width: 40 }, { width: 24 }];
  sheet.addRow([text(reportTitle(report))]).font = { bold: true, size: 16 };
  const facts: [string, string | number][] = [
    ['检查对象', report.site.startUrl], ['检查时间', report.startedAt.slice(0, 10)], ['评判日期', report.asOf],
    ['抓取页面', report.stats.pagesFetched], ['发现问题', summary.failures], ['单项否决', summary.vetoes],
    ['待人工复核', summary.incomplete], ['检查结论', summary.verdict],
  ];
  if (summary.recheck) {
    facts.push(['复核：新发现', summary.recheck.new], ['复核：未整改', summary.recheck.open],
      ['复核：已整改', summary.recheck.fixed], ['复核：本次未复查', summary.recheck.unchecked]);
  }
  for (const [label, value] of facts) sheet.addRow([label, text(value)]).getCell(1).font = { bold: true };
  addTallies(sheet, '按问题类别', summary.byCategory);
  addTallies(sheet, '按严重程度', summary.bySeverity);
  addTallies(sheet, '按栏目', summary.byColumn);
  sheet.addRow([]);
  sheet.addRow(['按指标', '问题数', '结论']).font = { bold: true };
  for (const v of summary.byIndicator) sheet.addRow([text(`${v.id} ${v.title}`), v.count, v.verdict]);
}

function addTallies(sheet: ExcelJS.Worksheet, title: string, tallies: Tally[]): void {
  sheet.addRow([]);
  sheet.addRow([title, '问题数']).font = { bold: true };
  for (const t of tallies) sheet.addRow([text(t.label), t.count]);
}

function addFindingSheet(workbook: ExcelJS.Workbook, name: string, rows: FindingRow[],
  headers: readonly [keyof FindingRow, string][]): void {
  const sheet = workbook.addWorksheet(sheetName(name), { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = headers.map(([key, header]) => ({ header, key, width: WIDTHS[key] ?? 12 }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EDF3' } };
  for (const row of rows) {
    const added = sheet.addRow(headers.map(([key]) => text(displayValue(row, key))));
    added.alignment = { vertical: 'top', wrapText: true };
    const href = safeHref(row.url);
    if (href) {
      const cell = added.getCell('url');
      cell.value = { text: text(row.url) as string, hyperlink: href };
      cell.font = { color: { argb: 'FF1F5FA8' }, underline: true };
    }
    addEvidenceImage(workbook, sheet, row, added.number, headers);
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: headers.length } };
}

function displayValue(row: FindingRow, key: keyof FindingRow): string | number {
  if (key === 'evidence') return safeImageDataUrl(row.evidence) ? '（见截图）' : row.evidence;
  const value = row[key];
  return typeof value === 'number' ? value : String(value);
}

function addEvidenceImage(workbook: ExcelJS.Workbook, sheet: ExcelJS.Worksheet, row: FindingRow, rowNumber: number,
  headers: readonly [keyof FindingRow, string][]): void {
  const image = safeImageDataUrl(row.evidence);
  // Excel cannot show WebP: such a screenshot stays in the HTML report only.
  if (!image || image.startsWith('data:image/webp')) return;
  const extension = image.startsWith('data:image/png') ? 'png' : 'jpeg';
  const id = workbook.addImage({ base64: image, extension });
  const col = headers.findIndex(([key]) => key === 'evidence');
  sheet.addImage(id, { tl: { col, row: rowNumber - 1 }, ext: { width: 96, height: 64 } });
  sheet.getRow(rowNumber).height = 52;
}

/** Excel sheet names: at most 31 characters, none of []:*?/\ . */
export const sheetName = (name: string): string => name.replace(/[[\]:*?/\\]/g, '_').slice(0, 31) || '_';
