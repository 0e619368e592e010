import charPinyin from '../data/char-pinyin.json' with { type: 'json' };
import shapeNeighbours from '../data/shape-neighbours.json' with { type: 'json' };
import { SHAPE_GROUPS, SOUND_GROUPS } from './confusable-groups.ts';

/** char → characters it is easily confused with (same sound or similar shape). */
const CONFUSABLE = new Map<string, Set<string>>();

/** Similar shape: the generated Unihan table plus the hand-written shape groups. */
const SHAPE = new Map<string, Set<string>>();

/** Similar shape or a hand-written near sound: what a pinyin-based candidate search misses. */
const OFF_PINYIN = new Map<string, Set<string>>();

function link(group: Iterable<string>, into = CONFUSABLE): void {
  const chars = [...group];
  for (const a of chars) {
    let set = into.get(a);
    if (!set) into.set(a, (set = new Set()));
    for (const b of chars) if (b !== a) set.add(b);
  }
}

for (const chars of Object.values(charPinyin.syllables)) link(chars);
for (const group of [...SHAPE_GROUPS, ...SOUND_GROUPS]) {
  link(group);
  link(group, OFF_PINYIN);
}
for (const group of SHAPE_GROUPS) link(group, SHAPE);
// Each generated line is a character and some of its neighbours; those neighbours need not look alike
// among themselves (未: 末 and 米), so only the pairs are linked. Not part of CONFUSABLE: the lexicon rules
// that use isConfusable were built on the word-list readings and hand-written groups.
for (const line of shapeNeighbours.lines) {
  const [first, ...later] = line;
  for (const other of later) {
    link([first, other], SHAPE);
    link([first, other], OFF_PINYIN);
  }
}

/** True when a writer aiming for `intended` could plausibly have produced `written` (同音字 or 形近字). */
export function isConfusable(intended: string, written: string): boolean {
  return CONFUSABLE.get(intended)?.has(written) ?? false;
}

/** Characters easily confused with ch. */
export function confusablesOf(ch: string): Iterable<string> {
  return CONFUSABLE.get(ch) ?? [];
}

/** 形近字 of ch: the table generated from Unihan (shared/data/shape-neighbours.json) and the hand-written groups. */
export function shapeNeighboursOf(ch: string): Iterable<string> {
  return SHAPE.get(ch) ?? [];
}

/** True when `written` looks like `intended`: the generated table or a hand-written shape group. */
export function isShapeNeighbour(intended: string, written: string): boolean {
  return SHAPE.get(intended)?.has(written) ?? false;
}

/** Shape neighbours of ch and hand-written near sounds (习/席): the candidates that same-pinyin search misses. */
export function offPinyinConfusablesOf(ch: string): Iterable<string> {
  return OFF_PINYIN.get(ch) ?? [];
}
