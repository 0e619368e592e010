import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { CONFUSION_PAIRS } from './dictionary.ts';

const SUGGESTION = new Map(CONFUSION_PAIRS.map(([wrong, right]) => [wrong, right]));
// Longest first, so a longer wrong form wins over a shorter one inside it.
const PATTERN = new RegExp([...SUGGESTION.keys()].sort((a, b) => b.length - a.length).join('|'), 'g');

/** Context: up to 20 characters either side of the wrong text. */
export function sentenceAround(text: string, start: number, length: number): string {
  return text.slice(Math.max(0, start - 20), start + length + 20);
}

/** Common typos from a confusion dictionary, on visible text. */
export const typoConfusion = definePageCheck({
  id: 'typo-confusion',
  category: 'typo',
  title: { zh: '常见错别字', en: 'Common typos' },
  description: {
    zh: '按错别字词典查找页面可见文字中的常见错别字。',
    en: 'Finds common typos in visible text using a confusion dictionary.',
  },
  indicators: ['NAT-P9'],
  severity: 'minor',
  messages: {
    typo: { zh: '疑似错别字“{text}”，建议改为“{suggestion}”', en: 'Possible typo "{text}", suggest "{suggestion}"' },
  },
  fix: { zh: '将“{text}”改为“{suggestion}”。', en: 'Replace "{text}" with "{suggestion}".' },
  run({ page }) {
    const results: CheckResult[] = [];
    for (const block of page.textBlocks) {
      if (block.hidden) continue;
      for (const m of block.text.matchAll(PATTERN)) {
        results.push({
          messageId: 'typo',
          text: m[0],
          suggestion: SUGGESTION.get(m[0])!,
          location: { selector: block.path, offset: m.index, context: sentenceAround(block.text, m.index!, m[0].length) },
          data: { tier: 2 },
        });
      }
    }
    return results;
  },
});
