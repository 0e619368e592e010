import type { Location } from '../model/finding.ts';
import type { Localized } from '../model/localized.ts';

const EXAMPLES = 3;
const EXAMPLE_CHARS = 40;

/**
 * The count and the first few examples of a grouped problem, appended to its message so every report
 * format shows them without knowing about grouping: "（本页共 417 处，例如：“…”；“…”）".
 */
export function occurrenceNote(count: number, locations: readonly Location[], pageCount = 1): Localized {
  const examples = [...new Set(locations.map(exampleOf).filter((e) => e !== ''))].slice(0, EXAMPLES);
  const zhWhere = pageCount > 1 ? `${pageCount} 个页面共 ${count} 处` : `本页共 ${count} 处`;
  const enWhere = pageCount > 1 ? `${count} occurrences on ${pageCount} pages` : `${count} occurrences on this page`;
  if (!examples.length) return { zh: `（${zhWhere}）`, en: ` (${enWhere})` };
  return {
    zh: `（${zhWhere}，例如：${examples.map((e) => `“${e}”`).join('；')}）`,
    en: ` (${enWhere}, e.g. ${examples.map((e) => `"${e}"`).join('; ')})`,
  };
}

/** The message with the note, when there is more than one occurrence. */
export function withOccurrences(message: Localized, count: number, locations: readonly Location[],
  pageCount = 1): Localized {
  if (count <= 1) return message;
  const note = occurrenceNote(count, locations, pageCount);
  return { zh: message.zh + note.zh, en: message.en + note.en };
}

/** The message without the note withOccurrences added for these occurrences (to write a new one). */
export function withoutOccurrences(message: Localized, count: number, locations: readonly Location[],
  pageCount = 1): Localized {
  if (count <= 1) return message;
  const note = occurrenceNote(count, locations, pageCount);
  const strip = (text: string, tail: string) => (text.endsWith(tail) ? text.slice(0, text.length - tail.length) : text);
  return { zh: strip(message.zh, note.zh), en: strip(message.en, note.en) };
}

/** Long attribute values (data: URLs, tracking queries) would fill the example: shortened first. */
const LONG_ATTRIBUTE = /="([^"]{16})[^"]{8,}"/g;

function exampleOf(l: Location): string {
  const text = (l.context ?? l.snippet ?? l.selector ?? '').replace(/\s+/g, ' ').replace(LONG_ATTRIBUTE, '="$1…"')
    .trim();
  return text.length > EXAMPLE_CHARS ? `${text.slice(0, EXAMPLE_CHARS)}…` : text;
}
