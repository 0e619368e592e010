import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import charPinyin from '../../shared/data/char-pinyin.json' with { type: 'json' };
import { kenlmModelOf, kenlmTables, type KenlmTables, type SyllablesOf } from '../../shared/text/kenlm-model.ts';
import type { LanguageModel } from '../../shared/text/language-model.ts';
import { multiarchDirs } from './debian-dirs.ts';
import { sunpinyinLanguageModel } from './sunpinyin-files.ts';

const LM_FILE = 'zh_CN.lm';

/** Where Debian's libime-data-language-model puts the model: /usr/lib/<multiarch>/libime (or $GOVCHECK_LIBIME_DIR). */
const defaultDirs = () => multiarchDirs('GOVCHECK_LIBIME_DIR', 'libime');

/** The path of libime's zh_CN.lm, or undefined. */
export function libimeModelPath(dirs: readonly string[] = defaultDirs()): string | undefined {
  return dirs.map((dir) => join(dir, LM_FILE)).find((file) => existsSync(file));
}

/**
 * Pinyin for the candidate search, which a KenLM model lacks: SunPinyin's readings (every character)
 * when sunpinyin-data is installed, else the smaller same-sound table of shared/data/char-pinyin.json.
 */
function pinyinSource(sunpinyin: LanguageModel | undefined): SyllablesOf {
  if (sunpinyin) return (ch) => sunpinyin.syllables(ch);
  const byChar = new Map<string, number[]>();
  Object.values(charPinyin.syllables).forEach((chars, id) => {
    for (const ch of chars) byChar.set(ch, [...(byChar.get(ch) ?? []), id]);
  });
  return (ch) => byChar.get(ch) ?? [];
}

/**
 * libime's model decoded (~1.5 s), or undefined (not installed, or not usable: said once); `shared`: the
 * tables in shared memory, for worker threads to build their models over (libimeModelOf).
 */
export function libimeTables(shared = false): KenlmTables | undefined {
  const file = libimeModelPath();
  try {
    return file ? kenlmTables(readFileSync(file), shared) : undefined;
  } catch (error) {
    // A damaged or foreign file must not stop a crawl: run without this model, say why once.
    process.emitWarning(`libime model ${file} not usable: ${(error as Error).message}`);
    return undefined;
  }
}

/** The model over libimeTables' tables, with SunPinyin's readings when that model is there. */
export function libimeModelOf(tables: KenlmTables, sunpinyin: LanguageModel | undefined): LanguageModel {
  return kenlmModelOf(tables, pinyinSource(sunpinyin));
}

let loaded: LanguageModel | null | undefined;

/**
 * libime's word trigram model (fcitx5, Debian libime-data-language-model, LGPL-2.1+; 17 MB KenLM
 * quantized array trie, read from the installed package, never copied). Undefined when not installed.
 */
export function libimeLanguageModel(): LanguageModel | undefined {
  if (loaded === undefined) {
    const tables = libimeTables();
    loaded = tables ? libimeModelOf(tables, sunpinyinLanguageModel()) : null;
  }
  return loaded ?? undefined;
}
