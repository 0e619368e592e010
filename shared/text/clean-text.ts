import { isHan } from './cjk.ts';
import cleanText from '../data/clean-text-keys.json' with { type: 'json' };

let keys: Set<string> | undefined;

/**
 * The "seen in clean text" filter. The typo rules that guess (language model, lexicon near misses, mined
 * pairs) were run over edited, published official text (新闻联播 transcripts, scripts/gen/clean-text-keys.ts);
 * what they flagged there on at least two different days is normal text — transliterated names (汗尤尼斯),
 * abbreviations (乌军, 中柬), new 提法 (勇毅前行, 平急两用). A key is the flagged text with one Han
 * neighbour (left or right); a guess whose key is among them is not reported.
 */
export function seenInCleanText(text: string, start: number, end: number): boolean {
  keys ??= new Set(cleanText.keys);
  for (const key of cleanTextKeys(text, start, end)) if (keys.has(key)) return true;
  return false;
}

/** The keys of text[start, end): with its left Han neighbour and with its right one (two characters at least). */
export function cleanTextKeys(text: string, start: number, end: number): string[] {
  const span = text.slice(start, end);
  const left = isHan(text[start - 1]) ? text[start - 1] + span : span;
  const right = isHan(text[end]) ? span + text[end] : span;
  return [...new Set([left, right])].filter((k) => k.length >= 2);
}
