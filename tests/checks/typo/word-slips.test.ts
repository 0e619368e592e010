import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';
import { wordSlips } from '../../../shared/checks/typo-confusion/word-slips.ts';
import type { Segment } from '../../../shared/text/segmenter.ts';

describe('word rule', () => {
  it('finds a slip among single characters, and segments no text without a Han character', () => {
    const texts: string[] = [];
    const segment: Segment = (text) => {
      texts.push(text);
      return jiebaSegment(text);
    };
    expect(wordSlips('人民很行发布通知。', segment).map((h) => h.suggestion)).toEqual(['银行']);
    texts.length = 0;
    expect(wordSlips('2026-12-07 0571-12345 ICP 12345678', segment)).toEqual([]);
    expect(texts).toEqual([]);
  });
});
