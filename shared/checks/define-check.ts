import type { PageCheck, SharedAnalysis, SiteCheck } from './types.ts';

/** Identity helpers: they only give the check object its precise type. */
export const definePageCheck = (check: Omit<PageCheck, 'scope'>): PageCheck => ({ ...check, scope: 'page' });
export const defineSiteCheck = <C>(check: Omit<SiteCheck<C>, 'scope'>): SiteCheck<C> => ({ ...check, scope: 'site' });

/** Identity helper for a shared analysis: gives it its item and result types. */
export const defineAnalysis = <C, R = never>(analysis: SharedAnalysis<C, R>): SharedAnalysis<C, R> => analysis;
