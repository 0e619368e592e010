import { AlignmentType, Document, Footer, Packer, PageNumber, Paragraph, TextRun, type Table } from 'docx';
import type { Report } from '../../../shared/model/report.ts';
import { addDays, findingRows, resolvedRows, type FindingRow, type RectifyOptions } from '../../../shared/report/rows.ts';
import { summarize } from '../../../shared/report/summary.ts';
import type { Recheck } from '../../../shared/report/diff.ts';
import { unitNames, unitOf } from '../../../shared/report/units.ts';
import { DEFAULT_DEADLINE_DAYS, SEVERITY_LABEL } from '../../../shared/report/labels.ts';
import { SEVERITIES } from '../../../shared/model/finding.ts';
import { body, chineseDate, chineseNumber, heading, PARAGRAPH_STYLES, table, title } from './docx-blocks.ts';

/** Files of one DOCX run: '' is the whole-site notice, other keys are responsible units. */
export type DocxParts = Record<string, Uint8Array>;

const DEFAULT_ISSUER = '网站检查组';
/**
 * Rows listed in one notice. Beyond this a notice is hundreds of pages no one reads, and the docx library needs
 * ~190 KB of memory per row (9,750 rows: 1.85 GB); the full list is in the XLSX/HTML/CSV of the same run.
 */
const DEFAULT_MAX_ROWS = 1000;

export interface DocxOptions extends RectifyOptions {
  /** Most problem rows one notice lists (the most severe first; the findings are sorted that way). */
  maxRows?: number;
}
const NO_COLUMN = '未归属栏目';

/** 整改通知: one for the whole site, plus one per responsible unit when options.units maps URL prefixes. */
export async function renderDocxReport(report: Report, options: DocxOptions = {}): Promise<DocxParts> {
  const parts: DocxParts = { '': await pack(notice(report, siteName(report) + '主办单位', options)) };
  for (const unit of unitNames(options.units)) {
    const findings = report.findings.filter((f) => unitOf(f.url, options.units) === unit);
    if (findings.length === 0) continue;
    parts[unit] = await pack(notice({ ...report, findings }, unit, options, unit));
  }
  return parts;
}

const siteName = (report: Report): string => report.site.name ?? report.site.host;

async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toBuffer(document));
}

function notice(report: Report, addressee: string, options: DocxOptions, unit?: string): Document {
  const summary = summarize(report);
  const rows = findingRows(report, options);
  const listed = rows.slice(0, options.maxRows ?? DEFAULT_MAX_ROWS);
  const omitted = listed.length < rows.length
    ? [body(`问题较多，本通知列出最严重的前 ${listed.length} 条；全部 ${rows.length} 条见同次检查的问题清单（XLSX、HTML 或 CSV 报告）。`)] : [];
  const resolved = resolvedRows(report, options).filter((r) => unit === undefined || r.unit === unit);
  const issuer = options.issuer ?? DEFAULT_ISSUER;
  const sections: [string, (Paragraph | Table)[]][] = [
    ['检查范围和时间', [
      body(`检查对象：${siteName(report)}（${report.site.startUrl}）${unit ? `中由${unit}负责的页面` : ''}。检查时间：` +
        `${chineseDate(report.startedAt.slice(0, 10))}。共抓取页面 ${report.stats.pagesFetched} 个，检查页面 ` +
        `${report.stats.pagesChecked} 个，检测链接 ${report.stats.linksProbed} 条。`)]],
    ['检查结论', [
      body(`${summary.verdict}。共发现问题 ${summary.failures} 条，其中单项否决问题 ${summary.vetoes} 条；` +
        `另有 ${summary.incomplete} 条需人工复核。按指标情况如下：`),
      table(['指标', '指标名称', '问题数', '结论'],
        summary.byIndicator.map((v) => [v.id, v.title, v.count, v.verdict]), [12, 52, 10, 26])]],
    ['问题清单', [...omitted, ...problemTables(listed, options.units !== undefined && unit === undefined)]],
    ['整改要求', [
      body(`请对照问题清单逐条核实整改，${deadlineText(report.asOf, options)}。整改完成后，请将整改情况` +
        `书面报送${issuer}；需人工复核的问题，请核实后一并反馈。`)]],
  ];
  if (summary.recheck) sections.push(['复核情况', recheckBlocks(summary.recheck, resolved)]);
  const children = [
    title(`关于${siteName(report)}网站检查发现问题的整改通知`),
    body(`${addressee}：`, AlignmentType.LEFT),
    body(`根据《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）和《政府网站发展指引》（国办发〔2017〕47号）` +
      `有关要求，现将${siteName(report)}网站检查发现的问题通知如下，请认真整改。`),
    ...sections.flatMap(([name, blocks], i) => [heading(`${chineseNumber(i + 1)}、${name}`, 1), ...blocks]),
    new Paragraph({ spacing: { before: 560 } }),
    body(issuer, AlignmentType.RIGHT),
    body(chineseDate(report.asOf), AlignmentType.RIGHT),
  ];
  return new Document({
    creator: 'govcheck', title: `${siteName(report)}网站检查整改通知`, styles: { default: { document: { run: { language: { eastAsia: 'zh-CN' } } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: [{
      // GB/T 9704 A4 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (1 mm = 56.7 twips).
      properties: { page: { margin: { top: 2098, bottom: 1984, left: 1588, right: 1474 } } },
      footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })] })] }) },
      children,
    }],
  });
}

/** Problem tables grouped by unit (whole-site notice with a unit map) and by column. */
function problemTables(rows: FindingRow[], byUnit: boolean): (Paragraph | Table)[] {
  if (rows.length === 0) return [body('本次检查未发现问题。')];
  const groups = new Map<string, FindingRow[]>();
  for (const row of rows) {
    const key = [byUnit ? row.unit || '未指定责任单位' : '', row.column || NO_COLUMN].filter(Boolean).join(' · ');
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.entries()].flatMap(([key, group], i) => [
    heading(`（${chineseNumber(i + 1)}）${key}（${group.length} 条）`, 2),
    findingTable(group),
  ]);
}

const findingTable = (rows: FindingRow[]): Table => table(
  ['序号', '问题类别', '严重程度', '页面', '问题描述', '原文', '建议修改', '整改时限', '整改状态'],
  rows.map((r) => [r.index, r.category, r.severity, `${r.pageTitle}\n${r.url}${r.pageCount > 1 ? `（共${r.pageCount}个页面）` : ''}`,
    r.description, r.original, r.suggestion, r.deadline, r.status]),
  [5, 9, 7, 20, 20, 11, 14, 8, 6]);

function deadlineText(asOf: string, options: RectifyOptions): string {
  const days = { ...DEFAULT_DEADLINE_DAYS, ...options.deadlineDays };
  return SEVERITIES.map((s) => `${SEVERITY_LABEL[s]}问题于${chineseDate(addDays(asOf, days[s]))}前整改完毕`).join('，');
}

function recheckBlocks(counts: Recheck['counts'], resolved: FindingRow[]): (Paragraph | Table)[] {
  return [
    body(`与上次检查相比：新发现问题 ${counts.new} 条，仍未整改 ${counts.open} 条，已整改 ${counts.fixed} 条，` +
      `因页面本次未检查而未能复查 ${counts.unchecked} 条。`),
    ...(resolved.length > 0 ? [findingTable(resolved)] : [])];
}
