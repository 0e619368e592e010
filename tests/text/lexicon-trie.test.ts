import { describe, expect, it } from 'vitest';
import { LexiconTrie } from '../../shared/text/lexicon-trie.ts';

/** Every lexicon word starting at text[pos], shortest first, by trying each length. */
function wordsAtByHand(ids: ReadonlyMap<string, number>, text: string, pos: number): [number, number][] {
  const out: [number, number][] = [];
  for (let end = pos + 1; end <= text.length; end++) {
    const id = ids.get(text.slice(pos, end));
    if (id !== undefined) out.push([end - pos, id]);
  }
  return out;
}

describe('LexiconTrie', () => {
  it('finds every word at every position, as looking each length up does', () => {
    const words = [
      '政',
      '政府',
      '政府网',
      '政府网站',
      '网站',
      '站',
      '人民',
      '人民政府',
      '𠀋',
      '𠀋字',
      'a',
      'ab',
      '府网',
    ];
    // Ids out of order, as in the models' lexicons.
    const ids = new Map(words.map((w, k) => [w, (k * 7) % words.length]));
    const trie = new LexiconTrie(ids);
    expect(trie.longestWord).toBe(4);
    const lengths = new Int32Array(8),
      found = new Int32Array(8);
    for (const text of ['人民政府网站', '政府网站𠀋字ab', '网政府站', 'xyz']) {
      for (let pos = 0; pos < text.length; pos++) {
        const count = trie.wordsAt(text, pos, lengths, found);
        const got = Array.from({ length: count }, (_, k): [number, number] => [lengths[k], found[k]]);
        expect(got, `${text} @${pos}`).toEqual(wordsAtByHand(ids, text, pos));
      }
    }
  });
});
