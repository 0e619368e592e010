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
  const examples = [...new Set(locations.map((l) => exampleOf(l, spread.focus)).filter((e) => e !== ''))]
    .slice(0, EXAMPLES);
  const pages = spread.pageCount ?? 1;
  const counted = spread.counted === true && pages === 1;
  const zh = [counted ? '' : pages > 1 ? `${pages} 个页面共 ${count} 处` : `本页共 ${count} 处`,
    examples.length ? `例如：${examples.map((e) => `“${e}”`).join('；')}` : ''].filter(Boolean).join('，');
  const en = [counted ? '' : pages > 1 ? `${count} occurrences on ${pages} pages` : `${count} occurrences on this page`,
    examples.length ? `e.g. ${examples.map((e) => `"${e}"`).join('; ')}` : ''].filter(Boolean).join(', ');
  return zh ? { zh: `（${zh}）`, en: ` (${en})` } : { zh: '', en: '' };
}

/** The message with the note, when there is more than one occurrence. */
export function withOccurrences(message: Localized, count: number, locations: readonly Location[],
  spread: Spread = {}): Localized {
  if (count <= 1) return message;
  const note = occurrenceNote(count, locations, spread);
  return { zh: message.zh + note.zh, en: message.en + note.en };
}

/** A message of one page without the note withOccurrences added (whichever form), to write a new one. */
export function withoutOccurrences(message: Localized, count: number, locations: readonly Location[],
  focus?: string): Localized {
  if (count <= 1) return message;
  for (const counted of [false, true]) {
    const note = occurrenceNote(count, locations, { counted, focus });
    if (note.zh && message.zh.endsWith(note.zh) && message.en.endsWith(note.en)) {
      return { zh: message.zh.slice(0, -note.zh.length), en: message.en.slice(0, -note.en.length) };
    }
  }
  return message;
}

/** Long attribute values (data: URLs, tracking queries) would fill the example: shortened first. */
const LONG_ATTRIBUTE = /="([^"]{16})[^"]{8,}"/g;

function exampleOf(l: Location, focus: string | undefined): string {
  const text = (l.context ?? l.snippet ?? l.selector ?? '').replace(/\s+/g, ' ').replace(LONG_ATTRIBUTE, '="$1…"')
    .trim();
  if (text.length <= EXAMPLE_CHARS) return text;
  const at = focus ? text.indexOf(focus) : -1;
  const start = at < 0 ? 0 : Math.max(0, Math.min(at - (EXAMPLE_CHARS >> 1), text.length - EXAMPLE_CHARS));
  const end = start + EXAMPLE_CHARS;
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}
