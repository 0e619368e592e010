import { hidingWords } from '../shared/spam/reason-labels.ts';

/**
 * How hidden content is hidden, in words a webmaster understands: the reason codes of shared/snapshot/hidden.ts
 * and the checks' `data.hiddenHow`, as zh-CN with the English after it. Unknown codes are shown as they are,
 * "none" and empty as nothing.
 */
export function hiddenHowLabel(how: unknown): string | undefined {
  if (typeof how !== 'string' || !how || how === 'none') return undefined;
  const words = hidingWords(how);
  return words.zh === words.en ? how : `${words.zh} (${words.en})`;
}
