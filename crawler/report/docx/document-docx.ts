import {
  AlignmentType,
  Document,
  Footer,
  Packer,
  PageOrientation,
  Paragraph,
  PageNumber,
  TextRun,
  type Table,
} from 'docx';
import type { Block, OfficialDocument } from '../document/official-document.ts';
import {
  body,
  docNumberLine,
  flush,
  heading,
  masthead,
  PARAGRAPH_STYLES,
  signature,
  table,
  title,
} from './docx-blocks.ts';

/** A4 in twips; GB/T 9704 margins: top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (1 mm = 56.7 twips). */
const A4 = { width: 11906, height: 16838 };
const PORTRAIT_MARGIN = { top: 2098, bottom: 1984, left: 1588, right: 1474 };
/** Landscape annex: narrower margins so the seven-column problem list has room. */
const LANDSCAPE_MARGIN = { top: 1417, bottom: 1417, left: 1417, right: 1417 };

function blockToDocx(block: Block): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'masthead':
      return [masthead(block.text)];
    case 'doc-number':
      return [docNumberLine(block.text)];
    case 'title':
      return [title(block.text)];
    case 'addressee':
      return [flush(block.text)];
    case 'paragraph':
      return [body(block.text, block.keepWithNext)];
    case 'heading':
      return [heading(block.text, block.level)];
    case 'table':
      return [table(block.headers, block.rows, block.widths)];
    case 'signature':
      return signature(block.issuer, block.date, block.note);
    case 'annex-label':
      return [flush(block.text, 'heading')];
  }
}

/** 页码: "— 1 —" centred in 四号 (GB/T 9704 7.5). */
const pageFooter = () =>
  new Footer({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: ['— ', PageNumber.CURRENT, ' —'], size: 28 })],
      }),
    ],
  });

/** The document as a .docx file: one Word section per document section (portrait body, landscape annexes). */
export async function documentToDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: 'govcheck',
    title: doc.title,
    styles: { default: { document: { run: { language: { eastAsia: 'zh-CN' } } } }, paragraphStyles: PARAGRAPH_STYLES },
    sections: doc.sections.map((section) => ({
      properties: {
        page:
          section.orientation === 'landscape'
            ? { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: LANDSCAPE_MARGIN }
            : { size: A4, margin: PORTRAIT_MARGIN },
      },
      footers: { default: pageFooter() },
      children: section.blocks.flatMap(blockToDocx),
    })),
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
