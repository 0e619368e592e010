import { SYLLABLE_CHARS } from './char-pinyin.ts';
import { SHAPE_GROUPS, SOUND_GROUPS } from './confusable-groups.ts';

/** char → characters it is easily confused with (same sound or similar shape). */
const CONFUSABLE = new Map<string, Set<string>>();

function link(group: Iterable<string>): void {
  const chars = [...group];
  for (const a of chars) {
    let set = CONFUSABLE.get(a);
    if (!set) CONFUSABLE.set(a, (set = new Set()));
    for (const b of chars) if (b !== a) set.add(b);
  }
}

for (const chars of Object.values(SYLLABLE_CHARS)) link(chars);
for (const group of [...SHAPE_GROUPS, ...SOUND_GROUPS]) link(group);

/** True when a writer aiming for `intended` could plausibly have produced `written` (同音字 or 形近字). */
export function isConfusable(intended: string, written: string): boolean {
  return CONFUSABLE.get(intended)?.has(written) ?? false;
}

/** Characters easily confused with ch. */
export function confusablesOf(ch: string): Iterable<string> {
  return CONFUSABLE.get(ch) ?? [];
}
