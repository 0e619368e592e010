import ExcelJS from 'exceljs';
import type { Report } from '../../shared/model/report.ts';
import { neutralizeFormula, safeHref, safeImageDataUrl, stripControls } from '../../shared/report/escape.ts';
import { reportTitle } from '../../shared/report/components/report-view.tsx';
import {
  crawlDate,
  findingRows,
  resolvedRows,
  ROW_HEADERS,
  type FindingRow,
  type RectifyOptions,
} from '../../shared/report/rows.ts';
import { summarize, type Tally } from '../../shared/report/summary.ts';
import { siteDisplayName } from '../../shared/report/evidence-text.ts';
import { unitNames } from '../../shared/report/units.ts';

const WIDTHS: Partial<Record<keyof FindingRow, number>> = {
  index: 6,
  category: 14,
  indicators: 28,
  severity: 9,
  column: 14,
  pageTitle: 24,
  url: 40,
  pageCount: 8,
  description: 48,
  context: 40,
  count: 8,
  suggestion: 36,
  evidence: 14,
  deadline: 12,
  status: 10,
  unit: 14,
};

/** Columns the responsible units fill in when they report back (left empty). */
const REPORT_BACK_COLUMNS: [string, number][] = [
  ['整改情况', 36],
  ['整改完成时间', 14],
  ['备注', 20],
];

/** A4 landscape, every column on one page width, the header row on every printed page. */
const LIST_PRINT: Partial<ExcelJS.PageSetup> = {
  paperSize: 9,
  orientation: 'landscape',
  fitToPage: true,
  fitToWidth: 1,
  fitToHeight: 0,
  printTitlesRow: '1:1',
  horizontalCentered: true,
  margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
};

/** 问题清单 (台账): a summary sheet, the full list, one sheet per category, and 已整改 with a previous report. */
export async function renderXlsxReport(report: Report, options: RectifyOptions = {}): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = `govcheck ${report.tool.version}`;
  workbook.created = new Date(report.finishedAt);
  const all = findingRows(report, options);
  // C2: 疑似 findings are for a person to confirm; they stay out of the list and its totals, on a sheet of their own.
  const rows = all.filter((r) => !r.suspect);
  const suspects = all.filter((r) => r.suspect).sort((a, b) => b.confidence - a.confidence);
  const headers = ROW_HEADERS;
  addSummarySheet(workbook, report, options, suspects.length);
  addFindingSheet(workbook, '问题清单', rows, headers);
  for (const category of [...new Set(rows.map((r) => r.category))]) {
    addFindingSheet(
      workbook,
      category,
      rows.filter((r) => r.category === category),
      headers,
    );
  }
  if (suspects.length > 0) addFindingSheet(workbook, '待人工确认（疑似）', suspects, headers);
  const resolved = resolvedRows(report, options);
  if (resolved.length > 0) addFindingSheet(workbook, '复核-已不存在', resolved, headers);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * Every text cell goes through here: page text never starts a formula, and never carries a control character
 * (exceljs drops C0 controls itself but writes U+FFFE, and Excel then calls the file corrupt). Controls go
 * first, so one hiding a formula prefix cannot bring it to the front afterwards.
 */
const text = (value: string | number): string | number =>
  typeof value === 'number' ? value : neutralizeFormula(stripControls(value));

function addSummarySheet(workbook: ExcelJS.Workbook, report: Report, options: RectifyOptions, suspects: number): void {
  const summary = summarize(report);
  // Portrait, everything on one page: labels and values print side by side.
  const sheet = workbook.addWorksheet('汇总', {
    pageSetup: {
      paperSize: 9,
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
      horizontalCentered: true,
    },
  });
  sheet.columns = [{ width: 30 }, { width: 56 }, { width: 22 }];
  sheet.mergeCells('A1:C1');
  sheet.getCell('A1').value = text(reportTitle(report));
  sheet.getRow(1).font = { bold: true, size: 16 };
  const facts: [string, string | number][] = [
    ['检查对象', `${siteDisplayName(report)}（${report.site.startUrl}）`],
    ['责任单位', options.unit ?? unitNames(options.units).join('、')],
    ['检查时间', crawlDate(report)],
    ['评判基准日', report.asOf],
    ['抓取页面', report.stats.pagesFetched],
    ['发现问题', summary.failures],
    ['单项否决', summary.vetoes],
    ['待人工确认（疑似）', suspects],
    ['待人工复核', summary.incomplete - suspects],
    ['检查结论', summary.verdict],
  ];
  if (summary.recheck) {
    facts.push(
      ['复核：新发现', summary.recheck.new],
      ['复核：仍存在', summary.recheck.open],
      ['复核：已整改', summary.recheck.fixed],
      ['复核：本次未复查', summary.recheck.unchecked],
    );
  }
  for (const [label, value] of facts) {
    const row = sheet.addRow([label, text(value)]);
    row.getCell(1).font = { bold: true };
    row.alignment = { vertical: 'top', wrapText: true };
  }
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

function addFindingSheet(
  workbook: ExcelJS.Workbook,
  name: string,
  rows: FindingRow[],
  headers: readonly [keyof FindingRow, string][],
): void {
  const sheet = workbook.addWorksheet(sheetName(name), {
    views: [{ state: 'frozen', ySplit: 1 }],
    pageSetup: LIST_PRINT,
  });
  sheet.columns = [
    ...headers.map(([key, header]) => ({ header, key, width: WIDTHS[key] ?? 12 })),
    ...REPORT_BACK_COLUMNS.map(([header, width]) => ({ header, key: header, width })),
  ];
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
  sheet.autoFilter = {
    from: { row: 1, column: 1 },
    to: { row: 1, column: headers.length + REPORT_BACK_COLUMNS.length },
  };
}

function displayValue(row: FindingRow, key: keyof FindingRow): string | number {
  if (key === 'evidence') return safeImageDataUrl(row.evidence) ? '（见截图）' : row.evidence;
  const value = row[key];
  return typeof value === 'number' ? value : String(value);
}

function addEvidenceImage(
  workbook: ExcelJS.Workbook,
  sheet: ExcelJS.Worksheet,
  row: FindingRow,
  rowNumber: number,
  headers: readonly [keyof FindingRow, string][],
): void {
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
