import type { CheckResult } from '../checks/types.ts';

/** What a page contributes to the site-wide typo judgement: its candidate findings. */
export interface PageCandidates {
  url: string;
  results: CheckResult[];
}

export interface Harvest {
  /** Findings to report (every page's, minus the harvested terms). */
  results: CheckResult[];
  /** Candidate "typos" that recur in the running text of many pages: taken to be the site's proper nouns. */
  harvested: { text: string; pages: number }[];
}

/**
 * Suppresses guesses that recur across the site. A "typo" the lexicon rules found in the body text of
 * `minPages` or more different pages is far more likely a local name (a village, a company, a person) than
 * the same slip made again and again. Template text (header, footer, menu) repeats by construction and is
 * never harvested; nor is a hand-written pair, which is wrong wherever it appears.
 */
export function harvestProperNouns(
  pages: readonly PageCandidates[],
  minPages: number,
  harvestable: (r: CheckResult) => boolean,
): Harvest {
  const pagesByText = new Map<string, Set<string>>();
  for (const { url, results } of pages) {
    for (const r of results) {
      if (r.data?.template || !harvestable(r)) continue;
      const set = pagesByText.get(r.text!) ?? new Set<string>();
      set.add(url);
      pagesByText.set(r.text!, set);
    }
  }
  const harvested = [...pagesByText]
    .filter(([, urls]) => urls.size >= minPages)
    .map(([text, urls]) => ({ text, pages: urls.size }))
    .sort((a, b) => b.pages - a.pages || a.text.localeCompare(b.text));
  const names = new Set(harvested.map((h) => h.text));
  const results = pages.flatMap(({ url, results: rs }) =>
    rs.filter((r) => r.data?.template || !harvestable(r) || !names.has(r.text!)).map((r) => ({ ...r, url })),
  );
  return { results, harvested };
}
