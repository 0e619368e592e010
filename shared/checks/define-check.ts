import type { PageCheck, SectionSpec, SharedAnalysis, SiteCheck } from './types.ts';

/** Identity helpers: they only give the check object its precise type. */
export const definePageCheck = (check: Omit<PageCheck, 'scope'>): PageCheck => ({ ...check, scope: 'page' });

/** The id stays a literal type, so the registry can map each check's id to its report section's type. */
export const defineSiteCheck = <C, S = never, Id extends string = string>(
  check: Omit<SiteCheck<C, S>, 'scope' | 'id'> & { id: Id },
): SiteCheck<C, S> & { id: Id } => ({ ...check, scope: 'site' });

/** A site check's report section: `section: reportSection<ColumnTreeSection>('the column tree …')`. */
export const reportSection = <S>(description: string): SectionSpec<S> => ({ description });

/** Identity helper for a shared analysis: gives it its item and result types. */
export const defineAnalysis = <C, R = never>(analysis: SharedAnalysis<C, R>): SharedAnalysis<C, R> => analysis;
