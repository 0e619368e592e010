import type { ColumnSpec } from '../profiles/types.ts';
import { normaliseName } from './normalise.ts';

export type MatchKind = 'exact' | 'synonym' | 'place-name' | 'non-standard' | 'contains' | 'fuzzy';

export interface NameMatch {
  confidence: number;
  kind: MatchKind;
  /** The catalog name the candidate matched. */
  matchedAs: string;
}

/** A catalog column with its names prepared for matching. */
export interface CompiledSpec {
  spec: ColumnSpec;
  exact: Map<string, { kind: MatchKind; name: string }>;
  places: { pattern: RegExp; name: string }[];
  /** Names long enough to be recognised inside a longer candidate (≥ 3 characters). */
  contained: { norm: string; name: string }[];
}

const CONFIDENCE: Record<MatchKind, number> = {
  exact: 1,
  synonym: 0.9,
  'place-name': 0.85,
  'non-standard': 0.8,
  contains: 0.75,
  fuzzy: 0,
};

export function compileSpec(spec: ColumnSpec): CompiledSpec {
  const exact = new Map<string, { kind: MatchKind; name: string }>();
  const places: CompiledSpec['places'] = [];
  const add = (name: string, kind: MatchKind) => {
    if (name.includes('XX')) {
      const [before, after] = name.split('XX').map(normaliseName);
      places.push({ pattern: new RegExp(`^${before}[\\p{Script=Han}\\w]{1,10}${after}$`, 'u'), name });
    } else if (!exact.has(normaliseName(name))) exact.set(normaliseName(name), { kind, name });
  };
  add(spec.name, 'exact');
  for (const s of spec.synonyms ?? []) add(s, 'synonym');
  for (const s of spec.nonStandard ?? []) add(s, 'non-standard');
  const contained = [spec.name, ...(spec.synonyms ?? [])]
    .filter((n) => !n.includes('XX'))
    .map((name) => ({ norm: normaliseName(name), name }))
    .filter((n) => n.norm.length >= 3);
  return { spec, exact, places, contained };
}

/** How well a (normalised) candidate name fits a catalog column; undefined when it does not. */
export function matchName(norm: string, compiled: CompiledSpec): NameMatch | undefined {
  const hit = compiled.exact.get(norm);
  if (hit) return { confidence: CONFIDENCE[hit.kind], kind: hit.kind, matchedAs: hit.name };
  const place = compiled.places.find((p) => p.pattern.test(norm));
  if (place) return { confidence: CONFIDENCE['place-name'], kind: 'place-name', matchedAs: place.name };
  // 平安县政府信息公开年报, 政府信息公开指南（2024年版）: the name plus a few characters of decoration.
  const inside = compiled.contained.find((n) => norm.includes(n.norm) && norm.length <= n.norm.length + 6);
  if (inside) return { confidence: CONFIDENCE.contains, kind: 'contains', matchedAs: inside.name };
  let best: NameMatch | undefined;
  for (const [name, entry] of compiled.exact) {
    if (entry.kind === 'non-standard' || name.length < 4) continue;
    const score = dice(norm, name);
    if (score >= 0.75 && (!best || score * 0.8 > best.confidence)) {
      best = { confidence: Math.round(score * 80) / 100, kind: 'fuzzy', matchedAs: entry.name };
    }
  }
  return best;
}

/** Sørensen–Dice over character bigrams: robust to one inserted or changed character in a CJK name. */
export function dice(a: string, b: string): number {
  if (a.length < 2 || b.length < 2) return a === b ? 1 : 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const ga = grams(a);
  const gb = grams(b);
  let common = 0;
  for (const [g, n] of ga) common += Math.min(n, gb.get(g) ?? 0);
  return (2 * common) / (a.length - 1 + b.length - 1);
}
