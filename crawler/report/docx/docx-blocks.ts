import {
  AlignmentType, BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, type IParagraphStyleOptions,
  type IRunOptions,
} from 'docx';
import { stripControls } from '../../../shared/report/escape.ts';

/**
 * Fonts of a Chinese official document (GB/T 9704): 小标宋 title, 黑体 / 楷体 headings, 仿宋 body. Word
 * substitutes by name when a font is missing, so each slot lists the font offices have under its usual name;
 * Latin text uses Times New Roman.
 */
export const FONTS = { title: '方正小标宋简体', heading: '黑体', subheading: '楷体_GB2312', body: '仿宋_GB2312', table: '宋体' };

/** Half-points: 二号 22pt, 三号 16pt, 五号 10.5pt. */
const SIZE = { title: 44, body: 32, table: 21 };

type FontSlot = keyof typeof FONTS;

function fontOf(slot: FontSlot) {
  return { eastAsia: FONTS[slot], ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
}

/** A run of text; page-derived text passes stripControls (docx escapes < & itself, but not XML-illegal characters). */
export function run(text: string, slot: FontSlot = 'body', extra: IRunOptions = {}): TextRun {
  const size = slot === 'title' ? SIZE.title : slot === 'table' ? SIZE.table : SIZE.body;
  return new TextRun({
    text: stripControls(text), size,
    font: fontOf(slot),
    ...extra,
  });
}

export const title = (text: string): Paragraph =>
  new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after: 480, line: 560 }, children: [run(text, 'title')] });

/** Body text: 首行缩进两字, fixed 28pt lines (the usual 22 lines per page). */
export const body = (text: string, align?: (typeof AlignmentType)[keyof typeof AlignmentType]): Paragraph =>
  new Paragraph({ alignment: align ?? AlignmentType.JUSTIFIED, indent: align ? undefined : { firstLine: 640 },
    spacing: { line: 560, lineRule: 'exact' }, children: [run(text)] });

/** 一、 level heading (黑体) or （一） level heading (楷体). */
export const heading = (text: string, level: 1 | 2): Paragraph =>
  new Paragraph({ indent: { firstLine: 640 }, spacing: { line: 560, lineRule: 'exact' },
    children: [run(text, level === 1 ? 'heading' : 'subheading')] });

/** Table text gets its font from one paragraph style instead of per run: a smaller document.xml for long lists. */
const TABLE_STYLE = 'GovcheckTable';

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [{
  id: TABLE_STYLE, name: 'govcheck 表格', run: { size: SIZE.table, font: fontOf('table') },
}];

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };

/** A bordered table; the header row repeats on every page. Widths are percentages. */
export function table(headers: string[], rows: (string | number)[][], widths: number[]): Table {
  const cell = (value: string | number, i: number, bold = false) => new TableCell({
    width: { size: widths[i], type: WidthType.PERCENTAGE },
    borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
    children: String(value).split('\n').map((line) =>
      new Paragraph({ style: TABLE_STYLE, children: [new TextRun({ text: stripControls(line), bold })] })),
  });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ cantSplit: true, children: r.map((v, i) => cell(v, i)) })),
    ],
  });
}

const DIGITS = '〇一二三四五六七八九';

/** 1 … 99 in Chinese numerals: 一, 十, 十一, 二十, 二十三. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** 2026-11-20 → 二〇二六年十一月二十日 (the 成文日期 style). */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${[...String(year)].map((d) => DIGITS[Number(d)]).join('')}年${chineseNumber(month)}月${chineseNumber(day)}日`;
}
