import type { TextHit } from '../../../text/scan-blocks.ts';
import type { Segment } from '../../../text/segmenter.ts';

/** Function characters that are almost never doubled on purpose (的的, 了了, 是是); 常常/看看/人人 are not listed. */
const FUNCTION_CHARS = new Set('的了是在和与及对将把被从向为并于该地得也都就还又');

/**
 * Correct text that contains such a doubling: a word ending in the character followed by the character, or a
 * reduplicated word. With a segmenter most of these are recognised without the list (目的/的, 为了/了解).
 */
const CORRECT = new RegExp(
  String.raw`的的确|目的的|端的的|的的士|不了了之|[为除到]了了|不了了|得了了|了了分明|是是非` +
    String.raw`|是是否|实实在在|在在线|和和[气美睦]|与与会|及及时|对对[联子碰]|为为[人难]|把把[关握脉]` +
    String.raw`|一把把|被被[告害]|地地道道|得得[到益]|也也|都都|就就[业地近]|还还[款贷原]|又又`,
);

export function doubledCharHits(text: string, segment?: Segment): TextHit[] {
  const hits: TextHit[] = [];
  for (let at = 0; at + 1 < text.length; at++) {
    if (text.charCodeAt(at) !== text.charCodeAt(at + 1) || !FUNCTION_CHARS.has(text[at])) continue;
    if (CORRECT.test(text.slice(Math.max(0, at - 2), at + 4))) continue;
    if (segment && !bothStandalone(segment, text, at)) continue;
    hits.push({
      start: at,
      end: at + 2,
      suggestion: text[at],
      messageId: 'doubled',
      tier: 3,
      data: { rule: 'doubled' },
    });
    at++;
  }
  return hits;
}

/** True when the segmenter leaves both characters as one-character words (neither belongs to a longer word). */
function bothStandalone(segment: Segment, text: string, at: number): boolean {
  const from = Math.max(0, at - 4);
  let pos = from;
  const single = new Set<number>();
  for (const token of segment(text.slice(from, at + 6))) {
    if (token.length === 1) single.add(pos);
    pos += token.length;
  }
  return single.has(at) && single.has(at + 1);
}
