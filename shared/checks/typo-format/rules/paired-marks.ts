import type { TextHit } from '../../../text/scan-blocks.ts';

const PAIRS: [string, string][] = [
  ['《', '》'],
  ['（', '）'],
  ['“', '”'],
  ['【', '】'],
];
const ANY_MARK = /[《》（）“”【】]/;
const MARKS = /[《》（）“”【】]/g;
const CLOSE_OF: Record<string, string> = Object.fromEntries(PAIRS);
const OPEN_OF: Record<string, string> = Object.fromEntries(PAIRS.map(([o, c]) => [c, o]));
/** A block cut short by the site ("…", "...") may legitimately lose its closing mark. */
const TRUNCATED = /(?:…|\.\.\.|。。。)\s*$/;

/**
 * Unpaired 《》（）“”【】 inside one text block: a closing mark with nothing open, or (except for quotes, which
 * may stay open across paragraphs of one quotation) an opening mark never closed.
 */
export function pairedMarkHits(text: string): TextHit[] {
  const hits: TextHit[] = [];
  if (!ANY_MARK.test(text)) return hits;
  const open = new Map<string, number[]>(PAIRS.map(([o]) => [o, []]));
  for (const m of text.matchAll(MARKS)) {
    const at = m.index!;
    const mark = m[0];
    const stack = open.get(mark);
    if (stack) {
      // “…“ without ” between: the second should have been a closing quote.
      if (mark === '“' && stack.length > 0) hits.push(hit(at, CLOSE_OF[mark], 'unclosed'));
      stack.push(at);
    } else if (open.get(OPEN_OF[mark])!.pop() === undefined) hits.push(hit(at, OPEN_OF[mark], 'unopened'));
  }
  if (!TRUNCATED.test(text)) {
    for (const [mark, stack] of open)
      if (mark !== '“') for (const at of stack) hits.push(hit(at, CLOSE_OF[mark], 'unclosed'));
  }
  return hits.sort((a, b) => a.start - b.start);
}

function hit(at: number, missing: string, problem: string): TextHit {
  return {
    start: at,
    end: at + 1,
    suggestion: missing,
    messageId: 'unpaired',
    tier: 3,
    data: { rule: 'unpaired', problem },
  };
}
