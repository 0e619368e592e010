import type { PDFDocumentProxy, PDFPageProxy } from 'pdfjs-dist/types/src/display/api';
import { cleanText } from './clean-text.ts';
import {
  TextBudget,
  type AttachmentLimits,
  type ExtractedBlock,
  type ExtractedDocument,
  type ExtractedLink,
} from './extracted.ts';
import { paragraphsOf, type PositionedText } from './pdf-layout.ts';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: Promise<PdfJs> | undefined;
// Loaded on first use: ~0.4 s, and most crawls of small sites never meet a PDF.
const loadPdfJs = (): Promise<PdfJs> => (pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs'));

// Fewer visible characters than this on a page counts as "no text layer".
const MIN_PAGE_CHARS = 10;

interface PdfTextItem {
  str: string;
  transform: number[];
  width: number;
  height: number;
  hasEOL: boolean;
}

async function pageItems(page: PDFPageProxy): Promise<PositionedText[]> {
  const content = await page.getTextContent();
  return (content.items as PdfTextItem[])
    .filter((i) => 'str' in i)
    .map((i) => ({
      str: i.str,
      x: i.transform[4],
      y: i.transform[5],
      width: i.width,
      size: i.height || Math.hypot(i.transform[2], i.transform[3]),
      hasEOL: i.hasEOL,
    }));
}

async function paintsImages(page: PDFPageProxy, ops: PdfJs['OPS']): Promise<boolean> {
  const images = new Set<number>([
    ops.paintImageXObject,
    ops.paintInlineImageXObject,
    ops.paintImageMaskXObject,
    ops.paintImageXObjectRepeat,
  ]);
  const list = await page.getOperatorList();
  return list.fnArray.some((fn) => images.has(fn));
}

async function pageLinks(page: PDFPageProxy, path: string): Promise<ExtractedLink[]> {
  const annotations = (await page.getAnnotations()) as { subtype?: string; url?: string }[];
  return annotations.filter((a) => a.subtype === 'Link' && a.url).map((a) => ({ url: a.url!, text: '', path }));
}

/** Ranges like "3–5、8" for a list of page numbers. */
export function pageRanges(pages: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < pages.length; i++) {
    let j = i;
    while (j + 1 < pages.length && pages[j + 1] === pages[j] + 1) j++;
    parts.push(i === j ? `${pages[i]}` : `${pages[i]}–${pages[j]}`);
    i = j;
  }
  return parts.join('、');
}

async function readPages(doc: PDFDocumentProxy, ops: PdfJs['OPS'], limits: AttachmentLimits, signal: AbortSignal) {
  const blocks: ExtractedBlock[] = [];
  const links: ExtractedLink[] = [];
  const scanned: number[] = [];
  const budget = new TextBudget(limits.maxChars);
  const last = Math.min(doc.numPages, limits.maxPages);
  let pagesRead = 0;
  for (let n = 1; n <= last && !budget.exhausted; n++) {
    signal.throwIfAborted();
    const page = await doc.getPage(n);
    const paragraphs = paragraphsOf(await pageItems(page))
      .map(cleanText)
      .filter(Boolean);
    const visible = paragraphs.join('').replace(/\s/g, '').length;
    if (visible < MIN_PAGE_CHARS && (await paintsImages(page, ops))) scanned.push(n);
    paragraphs.forEach((text, i) => {
      if (budget.take(text)) blocks.push({ text, path: `page ${n} paragraph ${i + 1}` });
    });
    links.push(...(await pageLinks(page, `page ${n}`)));
    page.cleanup();
    pagesRead = n;
  }
  return { blocks, links, scanned, pagesRead, capped: budget.exhausted };
}

/** Text of a PDF, paragraph by paragraph, with link annotations; scanned pages and caps become a problem. */
export async function extractPdf(
  bytes: Uint8Array,
  limits: AttachmentLimits,
  signal: AbortSignal,
): Promise<ExtractedDocument> {
  const { getDocument, OPS } = await loadPdfJs();
  // pdf.js detaches the buffer it is given and refuses Node Buffers: hand it a plain Uint8Array copy.
  const task = getDocument({
    data: new Uint8Array(bytes),
    isEvalSupported: false,
    disableFontFace: true,
    verbosity: 0,
    useSystemFonts: false,
    stopAtErrors: false,
  });
  const abort = () => void task.destroy();
  signal.addEventListener('abort', abort, { once: true });
  try {
    const doc = await task.promise;
    const meta = await doc.getMetadata().catch(() => undefined);
    const rawInfo = (meta?.info ?? {}) as Record<string, unknown>;
    const info: Record<string, string> = {};
    for (const key of ['Title', 'Author', 'Subject', 'Creator', 'Producer']) {
      if (typeof rawInfo[key] === 'string' && rawInfo[key]) info[key.toLowerCase()] = cleanText(rawInfo[key] as string);
    }
    const { blocks, links, scanned, pagesRead, capped } = await readPages(doc, OPS, limits, signal);
    const problem =
      blocks.length === 0 && pagesRead > 0
        ? { messageId: 'scanned' as const, reason: `no text on any of ${pagesRead} pages` }
        : pdfProblem(doc.numPages, pagesRead, scanned, capped);
    return { blocks, links, info, problem };
  } finally {
    signal.removeEventListener('abort', abort);
    await task.destroy();
  }
}

function pdfProblem(
  numPages: number,
  pagesRead: number,
  scanned: number[],
  capped: boolean,
): ExtractedDocument['problem'] {
  if (scanned.length === pagesRead && pagesRead > 0) {
    return { messageId: 'scanned', reason: `no text layer on any of ${pagesRead} pages` };
  }
  if (scanned.length) {
    return {
      messageId: 'scanned',
      reason: `pages ${pageRanges(scanned)} of ${numPages} have no text layer (scanned images)`,
    };
  }
  if (pagesRead < numPages) {
    const why = capped ? 'text limit reached' : 'page limit reached';
    return { messageId: 'partly-read', reason: `read ${pagesRead} of ${numPages} pages (${why})` };
  }
  return undefined;
}
