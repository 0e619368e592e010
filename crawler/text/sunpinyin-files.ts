import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { LanguageModel } from '../../shared/text/language-model.ts';
import { sunpinyinModel } from '../../shared/text/sunpinyin-model.ts';

const LM_FILE = 'lm_sc.t3g';
const LEXICON_FILE = 'pydict_sc.bin';

/** Where Debian's sunpinyin-data puts its files: /usr/lib/<multiarch>/sunpinyin/data (or $GOVCHECK_SUNPINYIN_DIR). */
export function sunpinyinDataDir(): string | undefined {
  const candidates = process.env.GOVCHECK_SUNPINYIN_DIR ? [process.env.GOVCHECK_SUNPINYIN_DIR] : [];
  try {
    for (const arch of readdirSync('/usr/lib')) candidates.push(join('/usr/lib', arch, 'sunpinyin/data'));
  } catch { /* no /usr/lib: not Linux */ }
  candidates.push('/usr/share/sunpinyin');
  return candidates.find((dir) => existsSync(join(dir, LM_FILE)) && existsSync(join(dir, LEXICON_FILE)));
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
    loaded = dir ? sunpinyinModel(readFileSync(join(dir, LM_FILE)), readFileSync(join(dir, LEXICON_FILE))) : null;
  }
  return loaded ?? undefined;
}
