/**
 * The generated tables of shared/data/ and what each is made from. `npm run gen` rewrites the quick ones whose
 * inputs are present; `npx tsx scripts/gen/data-tables.ts NAME…` rewrites the named ones (clean-text-keys takes
 * minutes). tests/gen/data-tables.test.ts regenerates every quick one it can and compares byte for byte.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BENCH_DIR } from '../../crawler/text/bench-data.ts';
import { TRANSCRIPTS_DIR } from '../../crawler/text/clean-corpus.ts';
import { UNIHAN_DIR } from '../../crawler/text/unihan-shapes.ts';
import { charPinyinJson } from './char-pinyin.ts';
import { cleanTextKeysJson } from './clean-text-keys.ts';
import { dataFile, repositoryPath } from './data-table-json.ts';
import { GONGWEN_WORDLIST } from './gongwen-wordlist.ts';
import { officialTermsJson } from './official-terms.ts';
import { pairsMinedJson } from './pairs-mined.ts';
import { shapeNeighboursJson } from './shape-neighbours.ts';

export interface DataTable {
  name: string;
  /** Repository path of the JSON file. */
  file: string;
  make: () => string;
  /** Files or folders it is made from; when one is missing it cannot be regenerated here. */
  inputs: string[];
  /** Where the inputs come from, to say why a table was not regenerated. */
  from: string;
  /** Minutes rather than seconds: only when named. */
  slow?: boolean;
}

const ECSPELL = 'ECSpell in ../shared/bench (outside the repository; GOVCHECK_BENCH)';

export const DATA_TABLES: readonly DataTable[] = [
  {
    name: 'shape-neighbours',
    file: dataFile('shape-neighbours'),
    make: () => shapeNeighboursJson(),
    inputs: [join(UNIHAN_DIR, 'Unihan_DictionaryLikeData.txt.bz2')],
    from: "Debian's unicode-data package (scripts/setup.sh installs it; GOVCHECK_UNIHAN_DIR)",
  },
  {
    name: 'char-pinyin',
    file: dataFile('char-pinyin'),
    make: charPinyinJson,
    inputs: [GONGWEN_WORDLIST],
    from: ECSPELL,
  },
  {
    name: 'official-terms',
    file: dataFile('official-terms'),
    make: officialTermsJson,
    inputs: [GONGWEN_WORDLIST],
    from: ECSPELL,
  },
  {
    name: 'pairs-mined',
    file: dataFile('pairs-mined'),
    make: pairsMinedJson,
    inputs: [join(BENCH_DIR, 'csc-ecspell/domains_data'), join(BENCH_DIR, 'csc-pycorrector-eclaw')],
    from: ECSPELL,
  },
  {
    name: 'clean-text-keys',
    file: dataFile('clean-text-keys'),
    make: cleanTextKeysJson,
    inputs: [TRANSCRIPTS_DIR],
    from: "the 新闻联播 transcripts of ../shared/bench/real-gov (outside the repository) and Debian's language models",
    slow: true,
  },
];

/** Why a table cannot be regenerated here, or undefined when its inputs are present. */
export function missingInput(table: DataTable): string | undefined {
  const missing = table.inputs.find((path) => !existsSync(path));
  return missing && `${table.name}: ${missing} is missing; it comes from ${table.from}`;
}

/** Rewrites the named tables, or every quick one: each line says what was written or why not. */
export function regenerate(names: readonly string[]): string[] {
  const unknown = names.filter((name) => !DATA_TABLES.some((t) => t.name === name));
  if (unknown.length > 0) throw new Error(`unknown table ${unknown.join(', ')}`);
  const chosen = DATA_TABLES.filter((t) => (names.length > 0 ? names.includes(t.name) : !t.slow));
  return chosen.map((table) => {
    const why = missingInput(table);
    if (why) return `skipped ${why}`;
    writeFileSync(repositoryPath(table.file), table.make());
    return table.file;
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const line of regenerate(process.argv.slice(2))) process.stdout.write(`${line}\n`);
}
