import type * as registered from './registered.ts';
import type { SiteCheck } from './types.ts';

type Check = (typeof registered)[keyof typeof registered];
type SectionOf<C> = C extends SiteCheck<any, infer S> ? S : never;

/** report.sections written by site checks, by check id: each of the type its check declares as `section`. */
export type CheckSections = {
  [C in Check as [SectionOf<C>] extends [never] ? never : C['id']]?: SectionOf<C>;
};
