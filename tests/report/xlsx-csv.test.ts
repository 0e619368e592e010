import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { withRecheck } from '../../shared/report/diff.ts';
import { renderCsvReport } from '../../crawler/report/csv-report.ts';
import { renderXlsxReport } from '../../crawler/report/xlsx-report.ts';
import {
  BASE_FINDINGS,
  finding,
  HOSTILE_TEXT,
  HOSTILE_TITLE,
  hostileReport,
  makeReport,
  SITE,
  UNITS,
} from './fixtures.ts';

const HEADERS = [
  '序号',
  '问题类别',
  '对应指标',
  '严重程度',
  '所属栏目',
  '页面标题',
  '页面地址',
  '涉及页面数',
  '问题描述',
  '原文与上下文',
  '出现次数',
  '建议修改',
  '证据截图',
  '整改时限',
  '整改状态',
  '责任单位',
];
const REPORT_BACK = ['整改情况', '整改完成时间', '备注'];
const FORMULA_START = /^[\s\u3000]*[=+\-@]|^[\t\r]/;

/** Gone by now, on a page that was checked again: 已整改. */
const FIXED = finding({
  checkId: 'link-broken',
  category: 'broken-link',
  outcome: 'fail',
  severity: 'major',
  url: `${SITE}index.html`,
  messageId: 'http-error',
  message: { zh: '链接无法访问（404）：https://gone.example/', en: 'Broken link' },
  target: 'https://gone.example/',
});
const previous = () => makeReport([...BASE_FINDINGS.slice(1), FIXED], '2026-10-20T02:00:00Z');

async function readWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

describe('XLSX 问题清单', () => {
  it('has a summary sheet, the full list, a sheet per category, a 复核 sheet, each frozen and filtered', async () => {
    const report = withRecheck(hostileReport(), previous());
    const workbook = await readWorkbook(await renderXlsxReport(report, { units: UNITS }));
    expect(workbook.worksheets.map((s) => s.name)).toEqual([
      '汇总',
      '问题清单',
      '暗链与违规内容',
      '链接不可用',
      '错别字',
      '链接不可用（待人工复核）',
      '复核-已不存在',
    ]);
    const list = workbook.getWorksheet('问题清单')!;
    expect(list.getRow(1).values).toEqual([undefined, ...HEADERS, ...REPORT_BACK]);
    expect(list.rowCount).toBe(1 + report.findings.length);
    expect(list.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(list.autoFilter).toBe('A1:S1');
    const firstUrl = list.getRow(2).getCell(7).value as ExcelJS.CellHyperlinkValue;
    expect(firstUrl.hyperlink).toBe(report.findings[0].url);
    expect(workbook.getWorksheet('错别字')!.rowCount).toBe(3);
    const summary = workbook.getWorksheet('汇总')!;
    const facts = new Map(
      summary
        .getSheetValues()
        .flatMap((row) => (Array.isArray(row) ? [[row[1], row[2]] as const] : []))
        .reverse(),
    );
    expect(facts.get('发现问题')).toBe(5);
    expect(facts.get('单项否决')).toBe(1);
    expect(facts.get('复核：新发现')).toBe(2);
    expect(facts.get('复核：已整改')).toBe(1);
    expect(facts.get('检查结论')).toBe('不合格：存在 1 项单项否决问题');
  });

  it('prints: A4 landscape fitted to one page width with the header row repeated; 汇总 on one page', async () => {
    const workbook = await readWorkbook(await renderXlsxReport(makeReport(), { unit: '示例县人民政府办公室' }));
    const list = workbook.getWorksheet('问题清单')!;
    expect(list.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:1',
    });
    const summary = workbook.getWorksheet('汇总')!;
    expect(summary.pageSetup).toMatchObject({
      orientation: 'portrait',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 1,
    });
    // Without --units every row names the site's own unit; the report-back columns are there, empty.
    const units = list.getColumn(16).values.slice(2);
    expect(units.length).toBe(5);
    expect(new Set(units)).toEqual(new Set(['示例县人民政府办公室']));
    for (const column of [17, 18, 19]) expect(list.getColumn(column).values.slice(2).filter(Boolean)).toEqual([]);
  });

  it('keeps 疑似 findings (C2) out of the list, on their own sheet sorted by confidence', async () => {
    const suspect = (text: string, confidence: number) =>
      finding({
        checkId: 'typo-confusion',
        category: 'typo',
        outcome: 'incomplete',
        severity: 'minor',
        url: `${SITE}jyj/news.html`,
        messageId: 'lm',
        text,
        message: { zh: `疑似错别字“${text}”`, en: 'Suspect' },
        data: { suspect: true, confidence },
      });
    const report = makeReport([...BASE_FINDINGS, suspect('卫', 0.4), suspect('按步', 0.9)]);
    const workbook = await readWorkbook(await renderXlsxReport(report));
    expect(workbook.getWorksheet('问题清单')!.rowCount).toBe(1 + BASE_FINDINGS.length);
    const sheet = workbook.getWorksheet('待人工确认（疑似）')!;
    expect(sheet.getColumn(9).values.slice(2)).toEqual(['疑似错别字“按步”', '疑似错别字“卫”']);
    const facts = new Map(
      workbook
        .getWorksheet('汇总')!
        .getSheetValues()
        .flatMap((row) => (Array.isArray(row) ? [[row[1], row[2]] as const] : [])),
    );
    expect(facts.get('待人工确认（疑似）')).toBe(2);
    expect(facts.get('待人工复核')).toBe(1);
    expect(facts.get('发现问题')).toBe(4);
  });

  it('lists findings gone since the previous report on their own sheet', async () => {
    const report = withRecheck(makeReport(BASE_FINDINGS.slice(1)), makeReport(BASE_FINDINGS, '2026-10-20T02:00:00Z'));
    const sheet = (await readWorkbook(await renderXlsxReport(report))).getWorksheet('复核-已不存在')!;
    expect(sheet.getRow(2).getCell(15).value).toBe('已整改');
  });

  it('keeps the hostile fixture inert: no formula cells, nothing starts like a formula', async () => {
    const workbook = await readWorkbook(await renderXlsxReport(hostileReport()));
    const texts: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          texts.push(cell.text);
        }),
      ),
    );
    expect(texts.filter((t) => FORMULA_START.test(t))).toEqual([]);
    expect(texts).toContain(`'${HOSTILE_TEXT}`);
    expect(texts).toContain(HOSTILE_TITLE);
  });
});

describe('CSV', () => {
  it('is UTF-8 with a BOM, CRLF lines, quoted fields, and no cell that starts a formula', () => {
    const csv = renderCsvReport(withRecheck(hostileReport(), previous()), { units: UNITS });
    expect(csv.startsWith('\uFEFF序号,问题类别,对应指标')).toBe(true);
    const rows = parseCsv(csv.slice(1));
    expect(rows[0]).toEqual([...HEADERS, '发现编号', '检查项']);
    expect(rows).toHaveLength(1 + 6 + 1);
    const hostile = rows.find((r) => r[5] === HOSTILE_TITLE)!;
    expect(hostile[9]).toBe(`'${HOSTILE_TEXT}`);
    expect(hostile[10]).toBe('1');
    expect(hostile[4]).toBe("'@SUM(1+1)");
    expect(rows.flat().filter((cell) => FORMULA_START.test(cell))).toEqual([]);
    expect(rows.find((r) => r[16] === FIXED.id)?.[14]).toBe('已整改');
    expect(rows.find((r) => r[16] === BASE_FINDINGS[0].id)?.[14]).toBe('新发现');
  });
});

/** RFC 4180 reader, enough to prove the file round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return rows;
}
