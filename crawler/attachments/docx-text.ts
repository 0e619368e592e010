import { cleanText } from './clean-text.ts';
import {
  TextBudget,
  type AttachmentLimits,
  type ExtractedBlock,
  type ExtractedDocument,
  type ExtractedLink,
} from './extracted.ts';

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li';

/** Text of a block without the nested lists of a list item (they are blocks of their own). */
function ownText(el: Element): string {
  if (el.tagName.toLowerCase() !== 'li' || !el.querySelector('ul, ol')) return el.textContent ?? '';
  const copy = el.cloneNode(true) as Element;
  for (const nested of Array.from(copy.querySelectorAll('ul, ol'))) nested.remove();
  return copy.textContent ?? '';
}

/**
 * Text of a DOCX, paragraph by paragraph (table cells, list items and footnotes included), with its
 * hyperlinks. mammoth reads the main document body; page headers and footers are not part of it.
 */
export async function extractDocx(bytes: Uint8Array, limits: AttachmentLimits): Promise<ExtractedDocument> {
  // Loaded on first use: most crawls meet few Word files (and page snapshots need no DOM).
  const [{ default: mammoth }, { parseHTML }] = await Promise.all([import('mammoth'), import('linkedom')]);
  const { value: html } = await mammoth.convertToHtml({ buffer: Buffer.from(bytes) });
  const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
  const blocks: ExtractedBlock[] = [];
  const links: ExtractedLink[] = [];
  const budget = new TextBudget(limits.maxChars);
  let n = 0;
  let cut = false;
  for (const el of Array.from(document.querySelectorAll(BLOCKS)) as Element[]) {
    // A list item holding paragraphs is read through those paragraphs.
    if (el.querySelector('p, h1, h2, h3, h4, h5, h6')) continue;
    const text = cleanText(ownText(el));
    if (!text) continue;
    if (!budget.take(text)) {
      cut = true;
      break;
    }
    const path = `paragraph ${++n}`;
    blocks.push({ text, path });
    for (const a of Array.from(el.querySelectorAll('a[href]')) as Element[]) {
      const href = a.getAttribute('href') ?? '';
      // Internal bookmarks (#_Toc…, footnote anchors) are not links to anything outside the file.
      if (href && !href.startsWith('#')) links.push({ url: href, text: cleanText(a.textContent ?? ''), path });
    }
  }
  const problem = cut
    ? { messageId: 'partly-read' as const, reason: `text limit reached after ${n} paragraphs` }
    : undefined;
  return { blocks, links, info: {}, ...(problem ? { problem } : {}) };
}
