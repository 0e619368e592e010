/**
 * Word segmentation is a capability the host injects (RunInfo.segment): @node-rs/jieba in the crawler
 * (crawler/text/jieba-segmenter.ts), jieba-wasm in the extension. Checks must still work without it, in a
 * reduced "dictionary mode" (see docs/text-checks.md).
 */
export type Segment = (text: string) => string[];

/** Number of words the segmenter splits s into. */
export const segmentsInto = (segment: Segment, s: string): number => segment(s).length;

/** True when the segmenter keeps s as one word (jieba without HMM: s is in its dictionary). */
export function isWord(segment: Segment, s: string): boolean {
  return s.length > 1 && segment(s).length === 1;
}

/**
 * True when replacing text[start, end) by `replacement` makes the surrounding window segment into fewer
 * words: the corrected string reads as words where the original fell apart into single characters.
 * This is what keeps "以经" in "可以经过" (可以/经过) from being flagged as a typo for 已经.
 */
export function correctionReadsBetter(
  segment: Segment,
  text: string,
  start: number,
  end: number,
  replacement: string,
  margin = 3,
): boolean {
  const from = Math.max(0, start - margin);
  const to = Math.min(text.length, end + margin);
  const before = segment(text.slice(from, to)).length;
  const after = segment(text.slice(from, start) + replacement + text.slice(end, to)).length;
  return after < before;
}

/** True when text[start, end) begins and ends at word boundaries (以经 in 以/经济 does not: it splits 经济). */
export function alignsWithWords(segment: Segment, text: string, start: number, end: number, margin = 4): boolean {
  const from = Math.max(0, start - margin);
  const bounds = new Set<number>([from]);
  let pos = from;
  for (const token of segment(text.slice(from, Math.min(text.length, end + margin)))) bounds.add((pos += token.length));
  return bounds.has(start) && bounds.has(end);
}
