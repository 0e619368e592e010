import { SOFT_404_PHRASES } from './soft-404-phrases.ts';

// Pages whose own text is longer than this are articles that may quote a phrase, not error pages.
const ERROR_PAGE_TEXT = 600;
// Long ASCII runs are echoed URLs, paths and request ids: they differ between two misses of one site.
const ECHOED = /[A-Za-z0-9._~:/?#@!$&'()*+,;=%-]{6,}/g;
const SHAPE_CHARS = 1000;

/** Visible text of an HTML string without a DOM (the extension and probes' body samples have no parser). */
export function htmlText(html: string): { title: string; text: string } {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1] ?? '';
  const text = html
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, ' ')
    .replace(/<!--[\s\S]*?-->/g, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;|&#160;/gi, ' ');
  return { title: collapse(decodeEntities(title)), text: collapse(decodeEntities(text)) };
}

/** The soft-404 phrase a page shows: any in its title, or in the page's own (non-template) text when that is short. */
export function soft404Phrase(title: string, ownText: string): string | undefined {
  const inTitle = findPhrase(title);
  if (inTitle) return inTitle;
  return ownText.length <= ERROR_PAGE_TEXT ? findPhrase(ownText) : undefined;
}

function findPhrase(text: string): string | undefined {
  const lower = text.toLowerCase();
  return SOFT_404_PHRASES.find((p) => lower.includes(p));
}

/**
 * What a page looks like with what varies between two "not found" answers removed (echoed URL, request
 * id): the site's answer to a random missing URL and any page that looks the same are one error page.
 */
export function contentShape(title: string, text: string): string {
  return fnv1a(`${title.replace(ECHOED, '')}\u0000${collapse(text.replace(ECHOED, ' ')).slice(0, SHAPE_CHARS)}`);
}

/** 32-bit FNV-1a as hex: pages keep a short hash, not their text, until the site check ends. */
function fnv1a(s: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return (h >>> 0).toString(16);
}

const collapse = (s: string) => s.replace(/\s+/g, ' ').trim();
const decodeEntities = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n)))
    .replace(/&amp;/g, '&');
