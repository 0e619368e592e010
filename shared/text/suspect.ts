import type { TextHit } from './scan-blocks.ts';

/**
 * The 疑似 tier (contract C2): a weak signal — a language-model-only suspicion, a guess from a mined pair or
 * a near miss of a common word — is shown to people apart from the 问题清单 ("待人工确认（疑似）"), sorted
 * by `confidence` (0..1), and never counts in the totals or the verdict.
 */
export function asSuspect(hit: TextHit, confidence: number): TextHit {
  const clamped = Math.min(1, Math.max(0, confidence));
  return {
    ...hit,
    outcome: 'incomplete',
    data: { ...hit.data, suspect: true, confidence: Math.round(clamped * 100) / 100 },
  };
}

/** True for a hit in the 疑似 tier. */
export const isSuspect = (hit: Pick<TextHit, 'data'>): boolean => hit.data?.suspect === true;
