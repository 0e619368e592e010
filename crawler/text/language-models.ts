import type { LanguageModel } from '../../shared/text/language-model.ts';
import { libimeLanguageModel } from './libime-files.ts';
import { sunpinyinLanguageModel } from './sunpinyin-files.ts';

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
