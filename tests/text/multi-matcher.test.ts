import { describe, expect, it } from 'vitest';
import { longestNonOverlapping, MultiMatcher } from '../../shared/text/multi-matcher.ts';

/** Every occurrence by brute force, for comparison. */
function naive(keywords: string[], text: string) {
  const out: { begin: number; end: number; keyword: string }[] = [];
  for (const k of new Set(keywords)) {
    for (let at = text.indexOf(k); at !== -1; at = text.indexOf(k, at + 1))
      out.push({ begin: at, end: at + k.length, keyword: k });
  }
  return out.sort((a, b) => a.end - b.end || a.begin - b.begin);
}

describe('MultiMatcher (Aho-Corasick)', () => {
  it('finds the same occurrences as brute force, overlapping ones included', () => {
    const keywords = ['中华人民共和国', '人民', '共和国', '和国', '国', 'aba', 'ab', 'b', '𠮷野'];
    const text = '中华人民共和国人民共和和国 ababab 𠮷野家 国国';
    const found = new MultiMatcher(keywords).findAll(text).sort((a, b) => a.end - b.end || a.begin - b.begin);
    expect(found).toEqual(naive(keywords, text));
  });

  it('handles no keywords and empty text', () => {
    expect(new MultiMatcher([]).findAll('任何文字')).toEqual([]);
    expect(new MultiMatcher(['a']).findAll('')).toEqual([]);
  });

  it('longestNonOverlapping keeps the longest of overlapping matches', () => {
    const m = new MultiMatcher(['再接再励', '接再', '励']);
    expect(longestNonOverlapping(m.findAll('要再接再励，励')).map((x) => x.keyword)).toEqual(['再接再励', '励']);
  });
});
