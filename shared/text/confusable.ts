import { SYLLABLE_CHARS } from './char-pinyin.ts';
import { SHAPE_GROUPS, SOUND_GROUPS } from './confusable-groups.ts';

/** char → characters it is easily confused with (same sound or similar shape). */
const CONFUSABLE = new Map<string, Set<string>>();

/** Only the hand-written groups (similar shape, near sound): what a pinyin-based candidate search misses. */
const HAND_WRITTEN = new Map<string, Set<string>>();

function link(group: Iterable<string>, into = CONFUSABLE): void {
  const chars = [...group];
  for (const a of chars) {
    let set = into.get(a);
    if (!set) into.set(a, (set = new Set()));
    for (const b of chars) if (b !== a) set.add(b);
  }
}

for (const chars of Object.values(SYLLABLE_CHARS)) link(chars);
for (const group of [...SHAPE_GROUPS, ...SOUND_GROUPS]) {
  link(group);
  link(group, HAND_WRITTEN);
}

/** True when a writer aiming for `intended` could plausibly have produced `written` (同音字 or 形近字). */
export function isConfusable(intended: string, written: string): boolean {
  return CONFUSABLE.get(intended)?.has(written) ?? false;
}

/** Characters easily confused with ch. */
export function confusablesOf(ch: string): Iterable<string> {
  return CONFUSABLE.get(ch) ?? [];
}

/** Characters in a hand-written group with ch (形近字, near sounds such as 习/席), without the word-list readings. */
export function handWrittenConfusablesOf(ch: string): Iterable<string> {
  return HAND_WRITTEN.get(ch) ?? [];
}
