import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModel } from '../../shared/text/language-model.ts';
import { sunpinyinModel } from '../../shared/text/sunpinyin-model.ts';
import { multiarchDirs } from './debian-dirs.ts';

const LM_FILE = 'lm_sc.t3g';
const LEXICON_FILE = 'pydict_sc.bin';

/** Where Debian's sunpinyin-data puts its files: /usr/lib/<multiarch>/sunpinyin/data (or $GOVCHECK_SUNPINYIN_DIR). */
const defaultDirs = () => multiarchDirs('GOVCHECK_SUNPINYIN_DIR', 'sunpinyin/data');

/** The first directory that holds both files, or undefined. */
export function sunpinyinDataDir(dirs: readonly string[] = defaultDirs()): string | undefined {
  return dirs.find((dir) => existsSync(join(dir, LM_FILE)) && existsSync(join(dir, LEXICON_FILE)));
}

let loaded: LanguageModel | null | undefined;

/**
 * The crawler's language model for RunInfo.languageModel: SunPinyin's word trigram model (sunpinyin-data,
 * installed by scripts/setup.sh; 39 MB, read once, ~0.3 s). Undefined when the package is missing: the
 * LM tier then stays silent and everything else runs as before.
 */
export function sunpinyinLanguageModel(): LanguageModel | undefined {
  if (loaded === undefined) {
    const dir = sunpinyinDataDir();
    try {
      loaded = dir ? sunpinyinModel(readFileSync(join(dir, LM_FILE)), readFileSync(join(dir, LEXICON_FILE))) : null;
    } catch (error) {
      // A damaged or foreign file must not stop a crawl: run without the LM rule, say why once.
      process.emitWarning(`sunpinyin-data in ${dir} not usable, typo LM rule off: ${(error as Error).message}`);
      loaded = null;
    }
  }
  return loaded ?? undefined;
}
