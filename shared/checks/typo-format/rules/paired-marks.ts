import type { TextHit } from '../../../text/scan-blocks.ts';

const PAIRS: [string, string][] = [['《', '》'], ['（', '）'], ['“', '”'], ['【', '】']];
const ANY_MARK = /[《》（）“”【】]/;
/** A block cut short by the site ("…", "...") may legitimately lose its closing mark. */
const TRUNCATED = /(?:…|\.\.\.|。。。)\s*$/;

/**
 * Unpaired 《》（）“”【】 inside one text block: a closing mark with nothing open, or (except for quotes, which
 * may stay open across paragraphs of one quotation) an opening mark never closed.
 */
export function pairedMarkHits(text: string): TextHit[] {
  const hits: TextHit[] = [];
  if (!ANY_MARK.test(text)) return hits;
  for (const [open, close] of PAIRS) {
    const stack: number[] = [];
    for (let i = 0; i < text.length; i++) {
      if (text[i] === open) {
        // “…“ without ” between: the second should have been a closing quote.
        if (open === '“' && stack.length > 0) hits.push(hit(i, close, 'unclosed'));
        stack.push(i);
      } else if (text[i] === close) {
        if (stack.length === 0) hits.push(hit(i, open, 'unopened'));
        else stack.pop();
      }
    }
    if (open !== '“' && !TRUNCATED.test(text)) for (const at of stack) hits.push(hit(at, close, 'unclosed'));
  }
  return hits;
}

function hit(at: number, missing: string, problem: string): TextHit {
  return { start: at, end: at + 1, suggestion: missing, messageId: 'unpaired', tier: 3, data: { rule: 'unpaired', problem } };
}
