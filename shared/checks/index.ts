import { linkBroken } from './link-broken/index.ts';
import { typoConfusion } from './typo-confusion/index.ts';
import type { CheckDefinition } from './types.ts';

/** Every check govcheck knows, sorted by id. Adding a check: its folder plus one line here. */
export const CHECKS: readonly CheckDefinition[] = [
  linkBroken,
  typoConfusion,
];

export const CHECK_BY_ID: ReadonlyMap<string, CheckDefinition> = new Map(CHECKS.map((c) => [c.id, c]));
