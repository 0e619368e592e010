import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BENCH_DIR } from '../../crawler/text/bench-data.ts';
import { allHan } from '../../shared/text/cjk.ts';

/** ECSpell's 公文写作 word list, the source of the same-sound table and the official terms (outside the repository). */
export const GONGWEN_WORDLIST = join(BENCH_DIR, 'csc-ecspell/vocab/gongwen_xiezuo_wordlist.txt');

/** The notice every table derived from ECSpell carries. */
export const ECSPELL_CREDIT =
  'Derived from ECSpell (github.com/aopolin-lv/ECSpell, MIT, Copyright (c) 2022 Aopolin-Lv).';

export interface ListedWord {
  word: string;
  /** Toneless pinyin, one syllable per character when the list gives it so. */
  syllables: string[];
}

/** The Han words of the list with their pinyin. */
export function gongwenWordlist(): ListedWord[] {
  return readFileSync(GONGWEN_WORDLIST, 'utf8')
    .split('\n')
    .map((l) => l.split('\t'))
    .filter((c) => c.length >= 2 && allHan(c[0]))
    .map(([word, pinyin]) => ({ word, syllables: pinyin.trim().split(/\s+/) }));
}
