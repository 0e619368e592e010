import { describe, expect, it } from 'vitest';
import { areShapeNeighbours, type ShapeRecord } from '../../crawler/text/unihan-shapes.ts';
import { isConfusable, offPinyinConfusablesOf, shapeNeighboursOf } from '../../shared/text/confusable.ts';

/** Unihan 15.0 values (kFourCornerCode without the fifth digit, kCangjie, kTotalStrokes, kPhonetic). */
const UNIHAN: Record<string, Omit<ShapeRecord, 'char'>> = {
  列: { fourCorner: '1220', cangjie: 'MNLN', strokes: 6, phonetic: ['814'] },
  例: { fourCorner: '2220', cangjie: 'OMNN', strokes: 8, phonetic: ['814'] },
  制: { fourCorner: '2220', cangjie: 'HBLN', strokes: 8, phonetic: ['53'] },
  己: { fourCorner: '1771', cangjie: 'SU', strokes: 3, phonetic: ['597'] },
  已: { fourCorner: '1771', cangjie: 'SU', strokes: 3, phonetic: ['1548'] },
  末: { fourCorner: '5090', cangjie: 'DJ', strokes: 5, phonetic: ['931'] },
  未: { fourCorner: '5090', cangjie: 'JD', strokes: 5, phonetic: ['894'] },
  侯: { fourCorner: '2723', cangjie: 'ONMK', strokes: 9, phonetic: ['446'] },
  候: { fourCorner: '2723', cangjie: 'OLNK', strokes: 10, phonetic: ['446'] },
  女: { fourCorner: '4040', cangjie: 'V', strokes: 3, phonetic: ['990'] },
  安: { fourCorner: '3040', cangjie: 'JV', strokes: 6, phonetic: ['995'] },
  心: { fourCorner: '3300', cangjie: 'P', strokes: 4, phonetic: ['1118'] },
  必: { fourCorner: '3300', cangjie: 'PH', strokes: 5, phonetic: ['1059'] },
  去: { fourCorner: '4073', cangjie: 'GI', strokes: 5, phonetic: ['519'] },
  法: { fourCorner: '3413', cangjie: 'EGI', strokes: 8, phonetic: ['347', '519'] },
  冷: { fourCorner: '3812', cangjie: 'IMOII', strokes: 7, phonetic: ['812'] },
  命: { fourCorner: '8062', cangjie: 'OMRL', strokes: 8, phonetic: ['812'] },
  征: { fourCorner: '2121', cangjie: 'HOMYM', strokes: 8, phonetic: ['199', '201'] },
  能: { fourCorner: '2121', cangjie: 'IBPP', strokes: 10, phonetic: ['943'] },
  省: { fourCorner: '9060', cangjie: 'FHBU', strokes: 9, phonetic: ['1108', '1130'] },
  市: { fourCorner: '0022', cangjie: 'YLB', strokes: 5, phonetic: ['357', '1179'] },
  一: { fourCorner: '1000', cangjie: 'M', strokes: 1, phonetic: ['1499'] },
  二: { fourCorner: '1010', cangjie: 'MM', strokes: 2, phonetic: ['1552'] },
};
const record = (char: string): ShapeRecord => ({ char, ...UNIHAN[char] });
const neighbours = (a: string, b: string) => areShapeNeighbours(record(a), record(b));

describe('shape similarity rule (crawler/text/unihan-shapes.ts)', () => {
  it.each([
    ['列', '例'],
    ['己', '已'],
    ['末', '未'],
    ['侯', '候'],
    ['女', '安'],
    ['心', '必'],
    ['去', '法'],
  ])('%s/%s look alike', (a, b) => {
    expect(neighbours(a, b)).toBe(true);
    expect(neighbours(b, a)).toBe(true);
  });

  it.each([
    ['例', '制'], // the same four-corner code, but Cangjie codes three edits apart
    ['征', '能'],
    ['冷', '命'], // one phonetic series (令), but three corners apart and no radical simply added
    ['省', '市'],
    ['一', '二'], // one- and two-stroke characters resemble too many others
    ['列', '列'],
  ])('%s/%s do not', (a, b) => {
    expect(neighbours(a, b)).toBe(false);
  });

  it('needs a four-corner code', () => {
    expect(areShapeNeighbours({ ...record('末'), fourCorner: undefined }, record('未'))).toBe(false);
  });
});

describe('shapeNeighboursOf (generated table + hand-written groups)', () => {
  it.each([
    ['列', '例'],
    ['己', '已'],
    ['末', '未'],
    ['侯', '候'],
    ['女', '安'],
    ['心', '必'],
    ['去', '法'],
    ['冶', '治'],
  ])('%s ↔ %s', (a, b) => {
    expect([...shapeNeighboursOf(a)]).toContain(b);
    expect([...shapeNeighboursOf(b)]).toContain(a);
  });

  it('keeps clearly different characters apart and knows nothing of non-Han text', () => {
    expect([...shapeNeighboursOf('省')]).not.toContain('市');
    expect([...shapeNeighboursOf('例')]).not.toContain('制');
    expect([...shapeNeighboursOf('a')]).toEqual([]);
  });

  it('links only the pairs of a line: 未 neighbours 末 and 米, which are not neighbours of each other', () => {
    expect([...shapeNeighboursOf('未')]).toEqual(expect.arrayContaining(['末', '米']));
    expect([...shapeNeighboursOf('末')]).not.toContain('米');
  });

  it('feeds the LM candidates, with the hand-written near sounds, but not the lexicon rules', () => {
    expect([...offPinyinConfusablesOf('列')]).toContain('例');
    expect([...offPinyinConfusablesOf('习')]).toContain('席');
    expect(isConfusable('例', '列')).toBe(false);
  });

  it('stays small: a few neighbours per character', () => {
    const sizes = ['的', '国', '人', '政', '府', '例'].map((ch) => [...shapeNeighboursOf(ch)].length);
    expect(Math.max(...sizes)).toBeLessThan(20);
  });
});
