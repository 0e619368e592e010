/** Helpers for Chinese text that every text check shares. */

const HAN = /[\u3400-\u9fff\uf900-\ufaff]/;

export const isHan = (ch: string | undefined): boolean => ch !== undefined && HAN.test(ch);

/** True when s has a Han character (a code unit isHan accepts). */
export const hasHan = (s: string): boolean => HAN.test(s);

/** True when every character of s is a Han character. */
export const allHan = (s: string): boolean => /^[\u3400-\u9fff\uf900-\ufaff]+$/.test(s);

const SENTENCE_END = /[。！？；!?;\n]/;

/**
 * The sentence around text[start, end): from the previous sentence end to the next one, at most `max`
 * characters either side (findings show it as their context).
 */
export function sentenceAround(text: string, start: number, end: number, max = 40): string {
  let from = start;
  while (from > 0 && start - from < max && !SENTENCE_END.test(text[from - 1])) from--;
  let to = end;
  while (to < text.length && to - end < max && !SENTENCE_END.test(text[to - 1] ?? '')) to++;
  return text.slice(from, to);
}
