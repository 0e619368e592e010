/** A piece of text as pdf.js reports it, reduced to what layout needs (PDF units, y grows upwards). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (glyph height). */
  size: number;
  hasEOL: boolean;
}

interface Line {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Pieces with visible gaps between them: table cells or tab stops, never wrapped prose. */
  gapped: boolean;
}

// Wrapped English words need a space back; wrapped Chinese text and numbers do not.
const LETTER_END = /[A-Za-z]$/;
const LETTER_START = /^[A-Za-z]/;

/** Groups text items into lines: a new line at an end-of-line mark or a change of baseline. */
function toLines(items: readonly PositionedText[]): Line[] {
  const lines: Line[] = [];
  let current: Line | undefined;
  let breakNext = false;
  for (const item of items) {
    if (!item.str) {
      breakNext ||= item.hasEOL;
      continue;
    }
    const size = item.size || 10;
    const sameLine = current && !breakNext && Math.abs(item.y - current.y) <= current.size * 0.5;
    if (!current || !sameLine) {
      current = { text: item.str, x0: item.x, x1: item.x + item.width, y: item.y, size, gapped: false };
      lines.push(current);
    } else {
      // A visible gap (table cells, tab stops) becomes a space, so neighbouring numbers do not run together.
      const gap = item.x - current.x1;
      const spaced = gap > Math.min(size, current.size) * 0.3 && !/\s$/.test(current.text) && !/^\s/.test(item.str);
      current.text += (spaced ? ' ' : '') + item.str;
      current.gapped ||= spaced;
      current.x1 = Math.max(current.x1, item.x + item.width);
    }
    breakNext = item.hasEOL;
  }
  return lines;
}

/**
 * Joins the lines of one page into paragraphs: a line continues the paragraph above when it sits right below
 * it in the same font size, neither is a row of table cells, and the line above runs to the right margin (it
 * was wrapped, not ended). Chinese
 * text wraps anywhere, so without this a word split over two lines could never be checked.
 */
export function paragraphsOf(items: readonly PositionedText[]): string[] {
  const lines = toLines(items).filter((l) => l.text.trim());
  const right = Math.max(0, ...lines.map((l) => l.x1));
  const paragraphs: string[] = [];
  let previous: Line | undefined;
  for (const line of lines) {
    const drop = previous ? previous.y - line.y : 0;
    const continues =
      previous &&
      !previous.gapped &&
      !line.gapped &&
      drop > 0 &&
      drop <= previous.size * 2 &&
      Math.abs(line.size - previous.size) <= previous.size * 0.2 &&
      previous.x1 >= right - previous.size * 1.5;
    if (continues) {
      const last = paragraphs.length - 1;
      const space = LETTER_END.test(paragraphs[last]) && LETTER_START.test(line.text) ? ' ' : '';
      paragraphs[last] += space + line.text;
    } else {
      paragraphs.push(line.text);
    }
    previous = line;
  }
  return paragraphs;
}
