import { CURATED_PAIRS_TSV } from './pairs-curated.ts';
import mined from '../../data/pairs-mined.json' with { type: 'json' };

export interface Correction {
  right: string;
  /** Hand-written pair (always wrong in formal writing) rather than mined from the bench train splits. */
  curated: boolean;
}

function parse(tsv: string): [string, string][] {
  return tsv
    .split('\n')
    .map((line) => line.split('\t') as [string, string])
    .filter(([w, r]) => w && r && w !== r);
}

/** wrong → correction; a curated pair wins over a mined one for the same wrong form. */
export const CONFUSION = new Map<string, Correction>([
  ...mined.pairs.map(([w, right]): [string, Correction] => [w, { right, curated: false }]),
  ...parse(CURATED_PAIRS_TSV).map(([w, right]): [string, Correction] => [w, { right, curated: true }]),
]);
