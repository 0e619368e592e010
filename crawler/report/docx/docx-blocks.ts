import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type IParagraphStyleOptions,
  type IRunOptions,
} from 'docx';
import { safeImageDataUrl, stripControls } from '../../../shared/report/escape.ts';
import { cellContent, type TableCell as CellValue } from '../document/official-document.ts';
import { imageSize } from './image-size.ts';

/**
 * Fonts of a Chinese official document (GB/T 9704): 小标宋 title, 黑体 / 楷体 headings, 仿宋 body. Word
 * substitutes by name when a font is missing, so each slot lists the font offices have under its usual name;
 * Latin text and digits use Times New Roman.
 */
export const FONTS = {
  title: '方正小标宋简体',
  heading: '黑体',
  subheading: '楷体_GB2312',
  body: '仿宋_GB2312',
  table: '宋体',
};

/** Half-points: 二号 22pt, 三号 16pt, 四号 14pt (附注), 五号 10.5pt (tables). */
const SIZE = { title: 44, body: 32, note: 28, table: 21 };

/** 发文机关标志 and red rule colour (GB/T 9704 7.2.2: red). */
const RED = 'C00000';

type FontSlot = keyof typeof FONTS;

function fontOf(slot: FontSlot) {
  return { eastAsia: FONTS[slot], ascii: 'Times New Roman', hAnsi: 'Times New Roman' };
}

/** A run of text; page-derived text passes stripControls (docx escapes < & itself, but not XML-illegal characters). */
export function run(text: string, slot: FontSlot = 'body', extra: IRunOptions = {}): TextRun {
  const size = slot === 'title' ? SIZE.title : slot === 'table' ? SIZE.table : SIZE.body;
  return new TextRun({ text: stripControls(text), size, font: fontOf(slot), ...extra });
}

const EXACT_28PT = { line: 560, lineRule: 'exact' } as const;

export const title = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { before: 240, after: 480, line: 640 },
    keepNext: true,
    children: [run(text, 'title')],
  });

/** 发文机关标志: large red 小标宋, centred. */
export const masthead = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 560 },
    children: [run(text, 'title', { color: RED, size: 60 })],
  });

/** 发文字号 centred with the red rule under it (the rule is the paragraph's bottom border). */
export const docNumberLine = (text: string): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.CENTER,
    spacing: { after: 480 },
    border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: RED, space: 8 } },
    children: [run(text)],
  });

/** Body text: 首行缩进两字, fixed 28pt lines (the usual 22 lines per page). */
export const body = (text: string, keepNext = false): Paragraph =>
  new Paragraph({
    alignment: AlignmentType.JUSTIFIED,
    indent: { firstLine: 640 },
    spacing: EXACT_28PT,
    keepNext,
    children: [run(text)],
  });

/** A flush line (主送机关, 附件 label). */
export const flush = (text: string, slot: FontSlot = 'body'): Paragraph =>
  new Paragraph({ spacing: EXACT_28PT, keepNext: true, children: [run(text, slot)] });

/** 一、 level heading (黑体) or （一） level heading (楷体), kept with the next paragraph or table. */
export const heading = (text: string, level: 1 | 2): Paragraph =>
  new Paragraph({
    indent: { firstLine: 640 },
    spacing: EXACT_28PT,
    keepNext: true,
    keepLines: true,
    children: [run(text, level === 1 ? 'heading' : 'subheading')],
  });

/** 落款 and 成文日期 right-aligned (右空四字), then the 附注 in parentheses (GB/T 9704 7.3.5, 7.3.6). */
export function signature(issuer: string, date: string, note?: string): Paragraph[] {
  const right = (text: string) =>
    new Paragraph({
      alignment: AlignmentType.RIGHT,
      indent: { right: 1280 },
      spacing: EXACT_28PT,
      keepNext: true,
      children: [run(text)],
    });
  return [
    new Paragraph({ spacing: { before: 560 }, keepNext: true }),
    right(issuer),
    right(date),
    ...(note
      ? [
          new Paragraph({
            indent: { firstLine: 640 },
            spacing: { before: 280, ...EXACT_28PT },
            children: [run(`（${note}）`, 'body', { size: SIZE.note })],
          }),
        ]
      : []),
  ];
}

/** Table text gets its font from one paragraph style instead of per run: a smaller document.xml for long lists. */
const TABLE_STYLE = 'GovcheckTable';

export const PARAGRAPH_STYLES: IParagraphStyleOptions[] = [
  {
    id: TABLE_STYLE,
    name: 'govcheck 表格',
    run: { size: SIZE.table, font: fontOf('table') },
  },
];

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
/** Evidence images in a table cell: at most this wide (pixels at 96 dpi), and only files up to IMAGE_MAX_BYTES. */
const IMAGE_WIDTH = 150;
const IMAGE_MAX_BYTES = 300_000;

/**
 * A bordered table; the header row repeats on every page and rows may break across pages (a long problem
 * description never pushes a whole row onto the next page). Widths are percentages.
 */
export function table(headers: string[], rows: CellValue[][], widths: number[]): Table {
  const cell = (value: CellValue, i: number, bold = false) => {
    const { lines, image } = cellContent(value);
    const picture = image ? imageParagraph(image) : undefined;
    return new TableCell({
      width: { size: widths[i], type: WidthType.PERCENTAGE },
      borders: { top: BORDER, bottom: BORDER, left: BORDER, right: BORDER },
      children: [
        ...lines.map(
          (line) => new Paragraph({ style: TABLE_STYLE, children: [new TextRun({ text: stripControls(line), bold })] }),
        ),
        ...(picture ? [picture] : []),
      ],
    });
  };
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: headers.map((h, i) => cell(h, i, true)) }),
      ...rows.map((r) => new TableRow({ children: r.map((v, i) => cell(v, i)) })),
    ],
  });
}

/** A PNG or JPEG data URL as a size-capped picture; anything else (WebP, oversized) is left out. */
function imageParagraph(dataUrl: string): Paragraph | undefined {
  const safe = safeImageDataUrl(dataUrl);
  if (!safe || safe.startsWith('data:image/webp')) return undefined;
  const data = Buffer.from(safe.slice(safe.indexOf(',') + 1), 'base64');
  const size = imageSize(data);
  if (!size || data.length > IMAGE_MAX_BYTES) return undefined;
  const width = Math.min(IMAGE_WIDTH, size.width);
  const height = Math.round(size.height * (width / size.width));
  return new Paragraph({
    children: [
      new ImageRun({
        type: safe.startsWith('data:image/png') ? 'png' : 'jpg',
        data,
        transformation: { width, height },
      }),
    ],
  });
}
