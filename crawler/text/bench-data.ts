import { readFileSync } from 'node:fs';
import { join } from 'node:path';

/** ../shared/bench beside the repository (CI clones the repo with shared/ next to it). */
export const BENCH_DIR = process.env.GOVCHECK_BENCH ?? join(import.meta.dirname, '../../../shared/bench');

export interface SentencePair {
  source: string;
  target: string;
}

/**
 * ECSpell `<n>\t<source>\t<target>` or pycorrector `<source>\t<target>` rows; rows whose lengths differ are dropped.
 */
export function readPairs(relativePath: string): SentencePair[] {
  const text = readFileSync(join(BENCH_DIR, relativePath), 'utf8');
  const pairs: SentencePair[] = [];
  for (const line of text.split('\n')) {
    const cols = line.split('\t');
    if (cols.length < 2) continue;
    const [source, target] = cols.length >= 3 ? [cols[1], cols[2]] : [cols[0], cols[1]];
    if ([...source].length === [...target].length) pairs.push({ source, target });
  }
  return pairs;
}
