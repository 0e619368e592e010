import * as registered from './registered.ts';
import type { CheckDefinition } from './types.ts';

/** Every check govcheck knows (shared/checks/registered.ts), sorted by id. */
export const CHECKS: readonly CheckDefinition[] = Object.values(registered).sort((a, b) => a.id.localeCompare(b.id));

export const CHECK_BY_ID: ReadonlyMap<string, CheckDefinition> = new Map(CHECKS.map((c) => [c.id, c]));
