import { Converter } from 'opencc-js';
import tsCharacters from 'opencc-js/dict/TSCharacters';
import { defineAnalysis } from '../define-check.ts';
import type { TextHit } from '../../text/scan-blocks.ts';

type Convert = (text: string) => string;
let converters: { toSimplified: Convert; toTraditional: Convert[] } | undefined;

/** OpenCC converters are built on first use (100–200 ms); Taiwan and Hong Kong standards are both accepted. */
function opencc() {
  converters ??= {
    toSimplified: Converter({ from: 'tw', to: 'cn' }),
    toTraditional: [
      Converter({ from: 'cn', to: 'tw' }),
      Converter({ from: 'cn', to: 'hk' }),
      Converter({ from: 'cn', to: 't' }),
    ],
  };
  return converters;
}

/** Counts characters only a traditional text has and characters only a simplified text has. */
export function scriptCounts(text: string): { traditional: number; simplified: number } {
  const { toSimplified, toTraditional } = opencc();
  const simplified = toSimplified(text);
  const traditional = toTraditional[0](text);
  let t = 0;
  let s = 0;
  if (simplified.length !== text.length || traditional.length !== text.length) return { traditional: 0, simplified: 0 };
  for (let i = 0; i < text.length; i++) {
    if (simplified[i] !== text[i]) t++;
    else if (traditional[i] !== text[i]) s++;
  }
  return { traditional: t, simplified: s };
}

let traditionalChars: Set<string> | undefined;

/**
 * Characters OpenCC's character table turns into simplified ones. A text with fewer than five is not
 * traditional whatever the phrase tables say, so simplified pages, most of a site, never load those tables
 * (~100 MB of heap).
 */
function traditionalCharCount(text: string): number {
  traditionalChars ??= new Set(tsCharacters.split('|').map((pair) => String.fromCodePoint(pair.codePointAt(0)!)));
  let n = 0;
  for (const ch of text) if (traditionalChars.has(ch)) n++;
  return n;
}

/** A page is traditional when traditional-only characters clearly outnumber simplified-only ones. */
export function isTraditional(text: string): boolean {
  if (traditionalCharCount(text) < 5) return false;
  const { traditional, simplified } = scriptCounts(text);
  return traditional >= 5 && traditional > 4 * simplified;
}

/**
 * Whether a page is in traditional script (its visible text), judged once per page for the three checks that
 * read it: typo-script checks only these, typo-serious and typo-confusion (whose lexicons, pairs and models are
 * simplified) none of them.
 */
export const traditionalScript = defineAnalysis<boolean>({
  id: 'traditional-script',
  collect: ({ page }) =>
    isTraditional(
      page.textBlocks
        .filter((b) => !b.hidden)
        .map((b) => b.text)
        .join('\n'),
    ),
});

/**
 * On a traditional page: converting to simplified and back with OpenCC's phrase tables restores the right
 * character of a one-to-many pair (干部 → 幹部, 头发 → 頭髮, 皇后 → 皇后). Where the page's character differs
 * from every standard's round trip, it is a conversion error (乾部) or a simplified character left in (质量).
 */
export function detectScriptErrors(text: string): TextHit[] {
  const { toSimplified, toTraditional } = opencc();
  const simplified = toSimplified(text);
  if (simplified.length !== text.length) return [];
  const trips = toTraditional.map((c) => c(simplified)).filter((t) => t.length === text.length);
  if (trips.length === 0) return [];
  const hits: TextHit[] = [];
  for (let i = 0; i < text.length; i++) {
    if (trips.some((t) => t[i] === text[i])) continue;
    const kind = simplified[i] === text[i] ? 'simplified-char' : 'conversion';
    hits.push({ start: i, end: i + 1, suggestion: trips[0][i], messageId: kind, tier: 'script', data: { rule: kind } });
  }
  return hits;
}
