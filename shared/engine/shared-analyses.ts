import type { Collected } from '../checks/collected.ts';
import type { AnalysisContext, AnalysisPageContext, CheckDefinition, SharedAnalysis } from '../checks/types.ts';

/**
 * The shared analyses the checks use, each once. Their items are stored under their ids next to the checks'
 * (crawler's collected table), so an id used twice, or also a check's, would mix two kinds of item.
 */
export function sharedAnalyses(checks: readonly CheckDefinition[], checkIds: ReadonlySet<string>): SharedAnalysis[] {
  const byId = new Map<string, SharedAnalysis>();
  for (const analysis of checks.flatMap((c) => c.uses ?? [])) {
    const known = byId.get(analysis.id);
    if ((known && known !== analysis) || checkIds.has(analysis.id)) {
      throw new Error(`shared analysis id "${analysis.id}" is not unique among analyses and checks`);
    }
    byId.set(analysis.id, analysis);
  }
  return [...byId.values()];
}

/** Refuses an analysis the check did not declare: the engine runs only declared ones. */
export function assertUses(check: CheckDefinition, analysis: SharedAnalysis): void {
  if (!check.uses?.includes(analysis)) {
    throw new Error(`check ${check.id} reads shared analysis ${analysis.id} without listing it in uses`);
  }
}

/**
 * The finished analyses of one finish(): each runs once per distinct option set of the checks reading it (the
 * same unless a check is configured on its own), on the first read; later reads share its promise.
 */
export class AnalysisResults {
  private readonly results = new Map<string, Promise<unknown>>();

  constructor(private readonly items: (analysisId: string) => Collected<unknown>) {}

  read<R>(analysis: SharedAnalysis<unknown, R>, ctx: AnalysisContext): Promise<R> {
    const { finish } = analysis;
    if (!finish) return Promise.reject(new Error(`shared analysis ${analysis.id} is per page: it has no result`));
    const key = `${analysis.id}\u0000${JSON.stringify(ctx.options)}`;
    let result = this.results.get(key);
    if (!result) {
      result = Promise.resolve().then(() => finish.call(analysis, this.items(analysis.id), ctx));
      this.results.set(key, result);
    }
    return result as Promise<R>;
  }
}

/** For a check called by hand (a script, a unit test), not by the engine: its analyses are computed on the spot. */
export const itemsOnTheSpot =
  (ctx: AnalysisPageContext) =>
  <C>(analysis: SharedAnalysis<C, unknown>): C | undefined =>
    analysis.collect(ctx);

/**
 * The ids a host stores page items under (site checks that collect, shared analyses that finish), sorted: a
 * store whose pages were kept under other ids (an older version, other checks) cannot hand them over.
 */
export function storedItemKeys(checks: readonly CheckDefinition[]): string[] {
  const checkKeys = checks.filter((c) => c.scope === 'site' && c.collect).map((c) => c.id);
  const analysisKeys = sharedAnalyses(checks, new Set(checks.map((c) => c.id)))
    .filter((a) => a.finish)
    .map((a) => a.id);
  return [...checkKeys, ...analysisKeys].sort();
}
