import type { Location } from '../model/finding.ts';
import type { Localized } from '../model/localized.ts';

const EXAMPLES = 3;
const EXAMPLE_CHARS = 40;

/** Where the occurrences are: on how many pages, and whether the message already says how many. */
export interface Spread {
  pageCount?: number;
  /** The check's message template states the count itself (`{count}`): the note then gives examples only. */
  counted?: boolean;
  /** The wrong text: an example cut from a long sentence is cut around it, so that it shows the error. */
  focus?: string;
}

/**
 * The count and the first few examples of a grouped problem, appended to its message so every report
 * format shows them without knowing about grouping: "（本页共 417 处，例如：“…”；“…”）".
 */
export function occurrenceNote(count: number, locations: readonly Location[], spread: Spread = {}): Localized {
  const examples = [...new Set(locations.map((l) => exampleOf(l, spread.focus)).filter((e) => e !== ''))].slice(
    0,
    EXAMPLES,
  );
  const pages = spread.pageCount ?? 1;
  const counted = spread.counted === true && pages === 1;
  const zh = [
    counted ? '' : pages > 1 ? `${pages} 个页面共 ${count} 处` : `本页共 ${count} 处`,
    examples.length ? `例如：${examples.map((e) => `“${e}”`).join('；')}` : '',
  ]
    .filter(Boolean)
    .join('，');
  const en = [
    counted ? '' : pages > 1 ? `${count} occurrences on ${pages} pages` : `${count} occurrences on this page`,
    examples.length ? `e.g. ${examples.map((e) => `"${e}"`).join('; ')}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return zh ? { zh: `（${zh}）`, en: ` (${en})` } : { zh: '', en: '' };
}

/** The message with the note, when there is more than one occurrence. */
export function withOccurrences(
  message: Localized,
  count: number,
  locations: readonly Location[],
  spread: Spread = {},
): Localized {
  if (count <= 1) return message;
  const note = occurrenceNote(count, locations, spread);
  return { zh: message.zh + note.zh, en: message.en + note.en };
}

/** A message of one page without the note withOccurrences added (whichever form), to write a new one. */
export function withoutOccurrences(
  message: Localized,
  count: number,
  locations: readonly Location[],
  focus?: string,
): Localized {
  if (count <= 1) return message;
  for (const counted of [false, true]) {
    const note = occurrenceNote(count, locations, { counted, focus });
    if (note.zh && message.zh.endsWith(note.zh) && message.en.endsWith(note.en)) {
      return { zh: message.zh.slice(0, -note.zh.length), en: message.en.slice(0, -note.en.length) };
    }
  }
  return message;
}

/** Long values (data: URLs, tracking queries) would fill the example: shortened first. */
const LONG_VALUE = /^(.{16}).{8,}$/;
const FIRST_TAG = /<([a-z][\w-]*)([^>]*)>/i;
const NAMING_ATTRIBUTE = /\b(?:src|href|name|id|title|value)\s*=\s*["']?([^"'\s>]+)/i;

/**
 * An element's HTML shown as what a reader recognises, never as markup: its text ("联系我们"), else its tag and
 * the file or name it points to ("img p0.png"), since messages are read in official documents too.
 */
function readableSnippet(snippet: string): string {
  const text = snippet
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  if (text) return text;
  const tag = FIRST_TAG.exec(snippet);
  if (!tag) return '';
  const named = NAMING_ATTRIBUTE.exec(tag[2])?.[1];
  const value = named?.startsWith('data:') ? named : named?.split(/[/?#]/).filter(Boolean).pop();
  return value ? `${tag[1].toLowerCase()} ${value.replace(LONG_VALUE, '$1…')}` : tag[1].toLowerCase();
}

function exampleOf(l: Location, focus: string | undefined): string {
  const raw = l.context ?? (l.snippet === undefined ? l.selector : readableSnippet(l.snippet)) ?? '';
  const text = raw.replace(/\s+/g, ' ').trim();
  if (text.length <= EXAMPLE_CHARS) return text;
  const at = focus ? text.indexOf(focus) : -1;
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - (EXAMPLE_CHARS >> 1), text.length - EXAMPLE_CHARS));
  const end = start + EXAMPLE_CHARS;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
