/**
 * Per-format safety for strings that came from a crawled page. Preact escapes text and attributes on its own;
 * these cover what it cannot: spreadsheet formulas, control characters, and which URLs may become links.
 */

const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** For the few places that build markup by hand (document shell, `<title>`). */
export const escapeHtml = (text: string): string => text.replace(/[&<>"']/g, (c) => HTML_ENTITIES[c]);

/**
 * A spreadsheet cell starting with = + - @ (or a tab / carriage return, also after leading blanks) is run
 * as a formula by Excel and LibreOffice (CSV / formula injection). Prefixing ' makes it plain text.
 */
export function neutralizeFormula(text: string): string {
  return /^[\t\r]|^[\s\u3000]*[=+\-@]/.test(text) ? `'${text}` : text;
}

// C0 controls other than tab/LF/CR, DEL and C1 controls, lone surrogates (Cs in a /u pattern), noncharacters.
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]|\p{Cs}|\p{Noncharacter_Code_Point}/gu;

/**
 * Removes characters no report should carry from page text: XML 1.0 cannot hold C0 controls, lone surrogates
 * or U+FFFE/U+FFFF (a DOCX or XLSX with them will not open), HTML calls every control a parse error, and
 * a terminal escape (U+001B) or bell in a title is never content. Tab, LF and CR stay.
 */
export function stripControls(text: string): string {
  return text.replace(CONTROLS, '');
}

/** Only absolute http(s) URLs become links; javascript:, data: and the rest stay text. */
export function safeHref(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const IMAGE_DATA_URL = /^data:image\/(png|jpeg|webp);base64,[A-Za-z0-9+/]+={0,2}$/;

/** An evidence screenshot as an inline image: only base64 PNG/JPEG/WebP data URLs (never SVG, never remote). */
export function safeImageDataUrl(value: unknown): string | undefined {
  return typeof value === 'string' && IMAGE_DATA_URL.test(value) ? value : undefined;
}
