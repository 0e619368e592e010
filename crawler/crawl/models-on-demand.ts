import type { LanguageModel } from '../../shared/text/language-model.ts';

/**
 * The typo check's language models (~110 MB and about a second each), loaded when the first page is checked
 * rather than at start: a re-crawl of an unchanged site reuses every page's results and never needs them.
 */
export class ModelsOnDemand {
  private models: readonly LanguageModel[] | undefined;
  private wanted = false;

  constructor(private readonly load: () => readonly LanguageModel[]) {}

  /** A page is about to be checked. */
  want(): void {
    this.wanted = true;
  }

  /** The models once a page is checked; none before (site checks do not read them). */
  get current(): readonly LanguageModel[] | undefined {
    if (!this.wanted) return undefined;
    this.models ??= this.load();
    return this.models;
  }
}
