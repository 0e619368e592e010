import { describe, expect, it } from 'vitest';
import { NearMissMatcher } from '../../shared/text/near-miss.ts';

const ALL = ['substitute', 'insert', 'delete', 'swap'] as const;
const find = (terms: string[], text: string) =>
  new NearMissMatcher(terms, { edits: ALL })
    .find(text)
    .map((m) => [text.slice(m.start, m.end), m.kind, m.chars.join('')]);

describe('NearMissMatcher', () => {
  const terms = ['中华人民共和国', '齐齐哈尔市'];

  it('finds each kind of single edit', () => {
    expect(find(terms, '中华人民共合国')).toEqual([['中华人民共合国', 'substitute', '和合']]);
    expect(find(terms, '中华人民共和和国')).toContainEqual(['中华人民共和和国', 'insert', '和']);
    expect(find(terms, '齐齐哈市')).toEqual([['齐齐哈市', 'delete', '尔']]);
    expect(find(terms, '中华人民和共国')).toContainEqual(['中华人民和共国', 'swap', '共和']);
  });

  it('never reports the correct form or a correct form followed by more text', () => {
    expect(find(terms, '中华人民共和国万岁，齐齐哈尔市人民政府')).toEqual([]);
  });

  it('finds a substitution in the first half and in the second half', () => {
    expect(find(terms, '中午人民共和国')).toEqual([['中午人民共和国', 'substitute', '华午']]);
    // The raw matcher also offers "last character dropped"; tier 1's acceptance rule discards that one.
    expect(find(terms, '中华人民共和园')).toContainEqual(['中华人民共和园', 'substitute', '国园']);
  });

  it('only substitutes with Han characters', () => {
    expect(find(terms, '中华人民共和X').filter(([, kind]) => kind === 'substitute')).toEqual([]);
  });

  it('enumerates listed substitutions for short terms instead of anchoring', () => {
    const m = new NearMissMatcher(['习近平'], {
      edits: ['substitute', 'swap'],
      enumerate: { when: () => true, substitutes: (ch) => (ch === '平' ? ['苹'] : []) },
    });
    expect(m.find('学习近日习近苹').map((x) => x.term + x.kind)).toEqual(['习近平substitute']);
  });

  it('lets the caller veto a candidate', () => {
    const m = new NearMissMatcher(terms, { edits: ALL, accept: (miss) => miss.kind !== 'delete' });
    expect(m.find('齐齐哈市')).toEqual([]);
  });
});
