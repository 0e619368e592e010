/**
 * Site white-list ("not a typo" terms: people, places, organisations). One JSON shape everywhere — the
 * config file (`whitelist`, or `checkOptions.<check-id>.whitelist`) and the extension's "不是错别字" export:
 *
 *   { "terms": ["杜家毫", "乐都区"] }
 *
 * A finding is suppressed when its span lies inside an occurrence of a white-listed term.
 */
export interface Whitelist {
  terms: string[];
}

/** Reads `options.whitelist`; anything malformed counts as empty (options are user input). */
export function whitelistFrom(options: Record<string, unknown>): Whitelist {
  const raw = options.whitelist as { terms?: unknown } | undefined;
  const terms = Array.isArray(raw?.terms)
    ? raw.terms.filter((t): t is string => typeof t === 'string' && t.length > 0)
    : [];
  return { terms };
}

/** True when text[start, end) lies inside an occurrence of one of the terms. */
export function isWhitelisted(terms: readonly string[], text: string, start: number, end: number): boolean {
  for (const term of terms) {
    for (
      let at = text.indexOf(term, Math.max(0, end - term.length));
      at !== -1 && at <= start;
      at = text.indexOf(term, at + 1)
    ) {
      if (at + term.length >= end) return true;
    }
  }
  return false;
}
