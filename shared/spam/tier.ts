import type { CheckResult } from '../checks/types.ts';
import { spamTerms, type SpamScore } from './matcher.ts';
import { hidingWords } from './reason-labels.ts';

/**
 * How sure a spam result is. A veto (单项否决) needs evidence a person can check at a glance, and says what it
 * is in `data.vetoEvidence`; a weak signal is 疑似 (`outcome: 'incomplete'`, `data.suspect`, a confidence) and
 * never counts in the totals or the verdict (report contract C2/C4).
 */
export type Tier = Pick<CheckResult, 'outcome' | 'severity' | 'data'>;

export const veto = (evidence: string): Tier => ({ data: { vetoEvidence: evidence } });

export const suspect = (confidence: number): Tier => ({
  outcome: 'incomplete',
  severity: 'major',
  data: { suspect: true, confidence: Math.round(confidence * 100) / 100 },
});

/** Where a piece of text was found, which decides how much a spam score weighs. */
export type TextPlace =
  | { kind: 'hidden'; how: string }
  | { kind: 'meta'; field: string }
  | { kind: 'title' }
  | { kind: 'script' }
  | { kind: 'visible'; length: number };

/** Distinct spam terms from which a visible block reads as a spam list rather than prose. */
const DENSE_TERMS = 3;
/** Spam words per 100 characters from which a visible block is spam, not a notice about gambling crimes. */
const DENSE_PER_100 = 1.5;

const DODGE_NAMES: Record<string, string> = { 'zero-width': '零宽字符', spacing: '间隔符号', pinyin: '括注拼音' };
const dodgeName = (dodge: string) => DODGE_NAMES[dodge] ?? dodge;

/** The tier of spam text by where it is; undefined when the score is too weak there to report. */
export function textTier(score: SpamScore, place: TextPlace): Tier | undefined {
  const terms = spamTerms(score).join('、');
  if (score.score < 2) return undefined;
  switch (place.kind) {
    case 'hidden':
      return score.score >= 3 ? veto(`隐藏文字（${hidingWords(place.how).zh}）含违法有害词语：${terms}`) : suspect(0.5);
    case 'meta':
      return score.score >= 3 ? veto(`meta ${place.field}（供搜索引擎收录）含违法有害词语：${terms}`) : suspect(0.5);
    case 'title':
      return score.score >= 3 ? veto(`页面标题含违法有害词语：${terms}`) : undefined;
    case 'script':
      return score.score >= 3 ? veto(`由脚本写入页面的文字含违法有害词语：${terms}`) : undefined;
    case 'visible': {
      if (score.score < 3) return undefined;
      const cores = score.hits.filter((h) => h.family !== 'cue');
      const distinct = spamTerms(score).length;
      const per100 = (100 * cores.length) / Math.max(100, place.length);
      // Characters slipped into the words to get past keyword filters: no notice is written that way.
      if (score.dodges.length)
        return veto(`可见文字含违法有害词语（${terms}），并用${score.dodges.map(dodgeName).join('、')}躲避过滤`);
      if (distinct >= DENSE_TERMS && per100 >= DENSE_PER_100) {
        return veto(`可见文字 ${place.length} 字内含 ${distinct} 种违法有害词语（${terms}），密度远高于正常公文`);
      }
      // A single term in normal prose: for a person to look at, more likely the more terms there are.
      return suspect(Math.min(0.9, 0.3 + 0.15 * distinct));
    }
  }
}
