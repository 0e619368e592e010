/** Responsible units: URL prefix → unit name (e.g. "https://www.example.gov.cn/jyj/" → "县教育局"). */
export type UnitMap = Record<string, string>;

/** The unit whose prefix is the longest match for url; undefined when none matches. */
export function unitOf(url: string, units: UnitMap | undefined): string | undefined {
  let best: string | undefined;
  let bestLength = -1;
  for (const [prefix, unit] of Object.entries(units ?? {})) {
    if (url.startsWith(prefix) && prefix.length > bestLength) {
      best = unit;
      bestLength = prefix.length;
    }
  }
  return best;
}

/** Distinct unit names in the order the mapping lists them. */
export const unitNames = (units: UnitMap | undefined): string[] => [...new Set(Object.values(units ?? {}))];
