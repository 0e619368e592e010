import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModel } from '../../shared/text/language-model.ts';
import { sunpinyinModel } from '../../shared/text/sunpinyin-model.ts';
import { multiarchDirs } from './debian-dirs.ts';
import { readShared } from './shared-file.ts';

const LM_FILE = 'lm_sc.t3g';
const LEXICON_FILE = 'pydict_sc.bin';

/** Where Debian's sunpinyin-data puts its files: /usr/lib/<multiarch>/sunpinyin/data (or $GOVCHECK_SUNPINYIN_DIR). */
const defaultDirs = () => multiarchDirs('GOVCHECK_SUNPINYIN_DIR', 'sunpinyin/data');

/** The first directory that holds both files, or undefined. */
export function sunpinyinDataDir(dirs: readonly string[] = defaultDirs()): string | undefined {
  return dirs.find((dir) => existsSync(join(dir, LM_FILE)) && existsSync(join(dir, LEXICON_FILE)));
}

/** SunPinyin's two files as bytes: what sunpinyinModel reads (its tables are views of them, never copies). */
export interface SunpinyinFiles {
  lm: Uint8Array;
  lexicon: Uint8Array;
}

/**
 * The installed files, read once; `shared`: into shared memory, so worker threads given them build their
 * models over the same 39 MB. Undefined when the package is missing.
 */
export function sunpinyinFiles(shared = false): SunpinyinFiles | undefined {
  const dir = sunpinyinDataDir();
  if (!dir) return undefined;
  const read = shared ? readShared : readFileSync;
  return { lm: read(join(dir, LM_FILE)), lexicon: read(join(dir, LEXICON_FILE)) };
}

/** The model over files read by sunpinyinFiles, or undefined (none, or not usable: said once). */
export function sunpinyinModelOf(files: SunpinyinFiles | undefined): LanguageModel | undefined {
  try {
    return files && sunpinyinModel(files.lm, files.lexicon);
  } catch (error) {
    // A damaged or foreign file must not stop a crawl: run without the LM rule, say why once.
    process.emitWarning(`sunpinyin-data not usable, typo LM rule off: ${(error as Error).message}`);
    return undefined;
  }
}

let loaded: LanguageModel | null | undefined;

/**
 * The crawler's language model for RunInfo.languageModel: SunPinyin's word trigram model (sunpinyin-data,
 * installed by scripts/setup.sh; 39 MB, read once, ~0.3 s). Undefined when the package is missing: the
 * LM tier then stays silent and everything else runs as before.
 */
export function sunpinyinLanguageModel(): LanguageModel | undefined {
  loaded ??= sunpinyinModelOf(sunpinyinFiles()) ?? null;
  return loaded ?? undefined;
}
