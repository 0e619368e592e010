import type { TextHit } from '../../../text/scan-blocks.ts';

const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）' };
const HAN = '\\u4e00-\\u9fff';
/**
 * Half-width , ; : ? ! between Chinese characters, and ( ) around text next to Chinese (GB/T 15834-2011:
 * Chinese text uses full-width marks). Digits, Latin text and URLs keep their half-width marks.
 */
const BETWEEN = new RegExp(`(?<=[${HAN}])[,;:?!](?=[${HAN}])`, 'g');
const PARENS = new RegExp(`(?<=[${HAN}])\\([^()]*[${HAN}][^()]*\\)`, 'g');

export function halfwidthHits(text: string): TextHit[] {
  const hits: TextHit[] = [];
  if (!/[,;:?!()]/.test(text)) return hits;
  for (const m of text.matchAll(BETWEEN)) hits.push(hit(m.index!, m[0]));
  for (const m of text.matchAll(PARENS)) {
    hits.push(hit(m.index!, '('));
    hits.push(hit(m.index! + m[0].length - 1, ')'));
  }
  return hits;
}

/** One problem per page whatever the mark (contract C1: "本页共 417 处…"), so the identity is the rule. */
function hit(at: number, mark: string): TextHit {
  return {
    start: at,
    end: at + 1,
    suggestion: FULL[mark],
    messageId: 'halfwidth',
    tier: 3,
    severity: 'info',
    data: { rule: 'halfwidth' },
    fingerprint: 'halfwidth',
  };
}
