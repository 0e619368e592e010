import type { KenlmTables } from '../../shared/text/kenlm-model.ts';
import type { LanguageModel } from '../../shared/text/language-model.ts';
import { libimeLanguageModel, libimeModelOf, libimeTables } from './libime-files.ts';
import { sunpinyinFiles, sunpinyinLanguageModel, sunpinyinModelOf, type SunpinyinFiles } from './sunpinyin-files.ts';

/**
 * The crawler's language models for RunInfo.languageModels, from the Debian packages scripts/setup.sh
 * installs: SunPinyin's (sunpinyin-data; it proposes the typo candidates, its lexicon carries the pinyin)
 * and libime's (libime-data-language-model), each about 110 MB in memory and 0.7–1.6 s to load. On the
 * ECSpell train splits the two judging together raised the LM rule's recall on 公文 from 0.35 to 0.39 and
 * lowered its false alarms (docs/text-checks.md). A missing package only drops its model.
 */
export function crawlerLanguageModels(): LanguageModel[] {
  return [sunpinyinLanguageModel(), libimeLanguageModel()].filter((m): m is LanguageModel => m !== undefined);
}

/** The models' bulk, in shared memory: SunPinyin's files and libime's decoded tables. */
export interface LanguageModelData {
  sunpinyin?: SunpinyinFiles;
  libime?: KenlmTables;
}

/**
 * Read and decoded once (in the main thread) into shared memory, for the page worker threads: each builds
 * its models over the same ~100 MB of tables (languageModelsOf), keeping only lookups and memos its own.
 */
export function sharedLanguageModelData(): LanguageModelData {
  const sunpinyin = sunpinyinFiles(true);
  const libime = libimeTables(true);
  return { ...(sunpinyin ? { sunpinyin } : {}), ...(libime ? { libime } : {}) };
}

/** The models over data from sharedLanguageModelData (in a worker thread: the same memory, not a copy). */
export function languageModelsOf(data: LanguageModelData): LanguageModel[] {
  const sunpinyin = sunpinyinModelOf(data.sunpinyin);
  const libime = data.libime && libimeModelOf(data.libime, sunpinyin);
  return [sunpinyin, libime].filter((m): m is LanguageModel => m !== undefined);
}
