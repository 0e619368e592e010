import type ExcelJS from 'exceljs';
import { cleanText } from './clean-text.ts';
import {
  TextBudget,
  type AttachmentLimits,
  type ExtractedBlock,
  type ExtractedDocument,
  type ExtractedLink,
} from './extracted.ts';

/** Why a cell is invisible to someone who opens the file, if it is. */
function hiddenReason(sheet: ExcelJS.Worksheet, row: ExcelJS.Row, col: number): string | undefined {
  if (sheet.state !== 'visible') return `${sheet.state} sheet`;
  if (row.hidden) return 'hidden row';
  if (sheet.getColumn(col).hidden) return 'hidden column';
  return undefined;
}

/**
 * Text of an XLSX, one block per non-empty cell, path "sheet 名单!B7". Hidden sheets, rows and columns are
 * read too and marked hidden: a hidden column of ID numbers is still published.
 */
export async function extractXlsx(bytes: Uint8Array, limits: AttachmentLimits): Promise<ExtractedDocument> {
  // Loaded on first use: most crawls meet few Excel files.
  const { default: Excel } = await import('exceljs');
  const workbook = new Excel.Workbook();
  // A copy: a Node Buffer may be a view into a larger shared pool.
  await workbook.xlsx.load(new Uint8Array(bytes).buffer);
  const blocks: ExtractedBlock[] = [];
  const links: ExtractedLink[] = [];
  const budget = new TextBudget(limits.maxChars);
  let cells = 0;
  let cut = false;
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        // A merged range repeats its first cell's value in every cell: read it once.
        if (cut || (cell.isMerged && cell.master !== cell)) return;
        const text = cleanText(cell.text ?? '');
        if (!text) return;
        if (++cells > limits.maxCells || !budget.take(text)) {
          cut = true;
          return;
        }
        const path = `sheet ${sheet.name}!${cell.address}`;
        const hidden = hiddenReason(sheet, row, col);
        blocks.push({ text, path, ...(hidden ? { hidden } : {}) });
        const link = (cell.value as { hyperlink?: string } | null)?.hyperlink;
        if (typeof link === 'string' && link && !link.startsWith('#')) links.push({ url: link, text, path });
      });
    });
  }
  const info: Record<string, string> = {};
  if (workbook.title) info.title = cleanText(workbook.title);
  if (workbook.creator) info.author = cleanText(workbook.creator);
  const problem = cut
    ? { messageId: 'partly-read' as const, reason: `cell or text limit reached after ${blocks.length} cells` }
    : undefined;
  return { blocks, links, info, ...(problem ? { problem } : {}) };
}
