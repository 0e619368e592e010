import { describe, expect, it } from 'vitest';
import { NumberMultimap } from '../../shared/text/number-multimap.ts';

describe('NumberMultimap', () => {
  it('answers like a Map of lists for large integer keys, through growth and collisions', () => {
    const map = new NumberMultimap<number>(4);
    const reference = new Map<number, number[]>();
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648);
    for (let i = 0; i < 20000; i++) {
      // 42-bit keys like the 3–4 syllable readings, with repeats so lists grow.
      const key = (random() % 3000) * 2 ** 30 + (random() % 5);
      map.add(key, i);
      reference.set(key, [...(reference.get(key) ?? []), i]);
    }
    for (const [key, list] of reference) expect(map.get(key)).toEqual(list);
    expect(map.get(2 ** 52 + 1)).toBeUndefined();
    expect(map.get(3001 * 2 ** 30)).toBeUndefined();
  });

  it('keeps key 0 and insertion order', () => {
    const map = new NumberMultimap<string>();
    map.add(0, 'a');
    map.add(0, 'b');
    expect(map.get(0)).toEqual(['a', 'b']);
  });
});
