import type { IndicatorId } from '../indicators/catalog.ts';

/**
 * axe-core tags → govcheck accessibility indicators (shared/indicators/catalog.ts, A11Y-*). The A11Y ids
 * are the requirement list of shared/domain/text-checks.md §4.2: GB/T 37668-2019 items (built on WCAG
 * 2.0/2.1, so axe's WCAG success-criterion tags identify them) and the 工信部 适老化 items. Data only.
 */
export const WCAG_TAG_TO_INDICATOR: Readonly<Record<string, IndicatorId>> = {
  wcag111: 'A11Y-1',
  wcag121: 'A11Y-3',
  wcag122: 'A11Y-3',
  wcag123: 'A11Y-3',
  wcag124: 'A11Y-3',
  wcag125: 'A11Y-3',
  wcag131: 'A11Y-4',
  wcag132: 'A11Y-4',
  wcag134: 'A11Y-7',
  wcag135: 'A11Y-21',
  wcag141: 'A11Y-5',
  wcag142: 'A11Y-16',
  wcag143: 'A11Y-6',
  wcag146: 'A11Y-6',
  wcag1411: 'A11Y-6',
  wcag144: 'A11Y-7',
  wcag1410: 'A11Y-7',
  wcag1412: 'A11Y-8',
  wcag211: 'A11Y-11',
  wcag212: 'A11Y-11',
  wcag213: 'A11Y-11',
  wcag243: 'A11Y-11',
  wcag247: 'A11Y-11',
  wcag221: 'A11Y-16',
  wcag222: 'A11Y-16',
  wcag224: 'A11Y-16',
  wcag231: 'A11Y-17',
  wcag241: 'A11Y-18',
  wcag242: 'A11Y-18',
  wcag244: 'A11Y-18',
  wcag249: 'A11Y-18',
  wcag251: 'A11Y-10',
  wcag255: 'A11Y-10',
  wcag258: 'A11Y-10',
  wcag253: 'A11Y-15',
  wcag411: 'A11Y-15',
  wcag412: 'A11Y-15',
  wcag311: 'A11Y-19',
  wcag312: 'A11Y-19',
  wcag321: 'A11Y-20',
  wcag322: 'A11Y-20',
  wcag325: 'A11Y-20',
  wcag331: 'A11Y-21',
  wcag332: 'A11Y-21',
  wcag333: 'A11Y-21',
};

/** Rules tagged only best-practice (no WCAG criterion) roll up here. */
export const BEST_PRACTICE_INDICATOR: IndicatorId = 'A11Y-BP';

/** Indicator ids for an axe rule's tags, in tag order, without repeats. */
export function indicatorsForTags(tags: readonly string[]): string[] {
  const ids = new Set<string>();
  for (const tag of tags) {
    const id = WCAG_TAG_TO_INDICATOR[tag];
    if (id) ids.add(id);
  }
  return ids.size ? [...ids] : [BEST_PRACTICE_INDICATOR];
}

/** The WCAG success criteria an axe rule names, as "1.4.3" (for report text). */
export function wcagCriteria(tags: readonly string[]): string[] {
  return tags
    .filter((t) => /^wcag\d{3,4}$/.test(t))
    .map((t) => {
      const digits = t.slice(4);
      return `${digits[0]}.${digits[1]}.${digits.slice(2)}`;
    });
}
