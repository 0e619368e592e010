import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import type { Segment } from '../../shared/text/segmenter.ts';

let jieba: Jieba | undefined;

/**
 * The crawler's word segmenter for RunInfo.segment: jieba's default dictionary, HMM off, so a string stays
 * one token only when it is a dictionary word (the text checks rely on that).
 */
export const jiebaSegment: Segment = (text) => {
  jieba ??= Jieba.withDict(dict);
  return jieba.cut(text, false);
};

/** Words of jieba's dictionary with their frequency (for building data files). */
export function jiebaDictionary(): Map<string, number> {
  const words = new Map<string, number>();
  for (const line of Buffer.from(dict).toString('utf8').split('\n')) {
    const [word, freq] = line.split(' ');
    if (word) words.set(word, Number(freq) || 0);
  }
  return words;
}
