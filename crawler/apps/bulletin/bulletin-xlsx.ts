import ExcelJS from 'exceljs';
import type { Category } from '../../../shared/model/finding.ts';
import { neutralizeFormula, stripControls } from '../../../shared/report/escape.ts';
import { CATEGORY_LABEL } from '../../../shared/report/labels.ts';
import type { SiteResult } from './bulletin-document.ts';

/** Categories as columns, in the order of the label table (incomplete is counted in its own columns). */
const CATEGORIES = (Object.keys(CATEGORY_LABEL) as Category[]).filter((c) => c !== 'incomplete');

const text = (value: string): string => neutralizeFormula(stripControls(value));

/** 通报 汇总表: one row per site of the round with its verdict, score and counts by category. */
export async function bulletinXlsx(title: string, results: SiteResult[]): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'govcheck';
  const sheet = workbook.addWorksheet('检查结果汇总', {
    views: [{ state: 'frozen', ySplit: 2 }],
    pageSetup: {
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '2:2',
    },
  });
  const headers: [string, number][] = [
    ['序号', 6],
    ['网站名称', 24],
    ['主办单位', 20],
    ['网址', 30],
    ['检查时间', 12],
    ['检查结论', 10],
    ['得分', 8],
    ['单项否决问题', 10],
    ['问题数', 8],
    ...CATEGORIES.map((c): [string, number] => [CATEGORY_LABEL[c], 10]),
    ['待人工确认（疑似）', 12],
    ['待人工复核', 10],
    ['检查编号', 10],
    ['整改情况', 30],
    ['备注', 20],
  ];
  sheet.columns = headers.map(([, width]) => ({ width }));
  sheet.mergeCells(1, 1, 1, headers.length);
  sheet.getCell(1, 1).value = text(title);
  sheet.getRow(1).font = { bold: true, size: 14 };
  const head = sheet.addRow(headers.map(([h]) => h));
  head.font = { bold: true };
  head.alignment = { wrapText: true, vertical: 'middle' };
  results.forEach((r, i) => {
    const reached = r.verdict !== '无法访问' && r.verdict !== '未检查';
    sheet.addRow([
      i + 1,
      text(r.name),
      text(r.unit),
      text(r.url),
      r.date,
      r.verdict,
      r.score ?? '',
      reached ? r.vetoes : '',
      reached ? r.problems : '',
      ...CATEGORIES.map((c) => (reached ? (r.byCategory[c] ?? 0) : '')),
      reached ? r.suspects : '',
      reached ? r.incomplete : '',
      r.runId ?? '',
      '',
      '',
    ]);
  });
  sheet.autoFilter = { from: { row: 2, column: 1 }, to: { row: 2, column: headers.length } };
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
