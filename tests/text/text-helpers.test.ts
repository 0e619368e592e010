import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../crawler/text/jieba-segmenter.ts';
import { sentenceAround } from '../../shared/text/cjk.ts';
import { isConfusable } from '../../shared/text/confusable.ts';
import { alignsWithWords, correctionReadsBetter, isWord } from '../../shared/text/segmenter.ts';
import { isWhitelisted, whitelistFrom } from '../../shared/text/whitelist.ts';

describe('whitelist', () => {
  it('reads { terms } from options and ignores anything malformed', () => {
    expect(whitelistFrom({ whitelist: { terms: ['杜家毫', 3, ''] } })).toEqual({ terms: ['杜家毫'] });
    expect(whitelistFrom({ whitelist: ['x'] })).toEqual({ terms: [] });
    expect(whitelistFrom({})).toEqual({ terms: [] });
  });

  it('suppresses a span only inside an occurrence of a term', () => {
    const text = '椒坪溪村和溪村';
    expect(isWhitelisted(['椒坪溪村'], text, 2, 4)).toBe(true);
    expect(isWhitelisted(['椒坪溪村'], text, 5, 7)).toBe(false);
  });
});

describe('segmentation helpers (jieba)', () => {
  it('jieba keeps dictionary words whole and splits the rest', () => {
    expect(isWord(jiebaSegment, '银行')).toBe(true);
    expect(isWord(jiebaSegment, '很行')).toBe(false);
  });

  it('a correction reads better only where the original falls apart', () => {
    const text = '人民很行、财政部';
    expect(correctionReadsBetter(jiebaSegment, text, 2, 4, '银行')).toBe(true);
    expect(correctionReadsBetter(jiebaSegment, '可以经过审批', 1, 3, '已经')).toBe(false);
  });

  it('alignsWithWords tells a whole word from a piece of two', () => {
    expect(alignsWithWords(jiebaSegment, '认真布署，抓好', 2, 4)).toBe(true);
    expect(alignsWithWords(jiebaSegment, '以经济建设为中心', 0, 2)).toBe(false);
  });
});

describe('confusable characters and context', () => {
  it('knows same-sound and similar-shape pairs, not arbitrary ones', () => {
    expect(isConfusable('科', '可')).toBe(true);
    expect(isConfusable('银', '很')).toBe(true);
    expect(isConfusable('省', '市')).toBe(false);
  });

  it('sentenceAround stops at sentence ends', () => {
    expect(sentenceAround('第一句。第二句有错字在这里。第三句。', 7, 9)).toBe('第二句有错字在这里。');
  });
});
