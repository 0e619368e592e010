import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../crawler/text/jieba-segmenter.ts';
import { sunpinyinLanguageModel } from '../../crawler/text/sunpinyin-files.ts';
import { lmSlips } from '../../shared/checks/typo-confusion/lm-slips.ts';
import { SHAPE_GROUPS, SOUND_GROUPS } from '../../shared/text/confusable-groups.ts';
import type { LanguageModel } from '../../shared/text/language-model.ts';

// scripts/setup.sh installs sunpinyin-data; without it the crawler runs with the LM rule off.
const model = sunpinyinLanguageModel();
if (!model) throw new Error('sunpinyin-data is not installed: run scripts/setup.sh');
const lm: LanguageModel = model;

const flags = (text: string) =>
  lmSlips(text, [lm], jiebaSegment).map((h) => [text.slice(h.start, h.end), h.suggestion]);
const handWritten = (a: string, b: string) =>
  [...SHAPE_GROUPS, ...SOUND_GROUPS].some((g) => g.includes(a) && g.includes(b));
const sameSound = (a: string, b: string) => lm.syllables(a).some((s) => lm.syllables(b).includes(s));

describe('LM rule with the generated 形近字 table', () => {
  it.each([
    ['省公女厅发布交通管制通告。', '女', '安'],
    ['依照本条列第三条的规定办理。', '列', '例'],
    ['这是推进改革的心经之路。', '心', '必'],
  ])('%s', (text, wrong, right) => {
    // Only the generated table proposes these: no hand-written group and no shared reading.
    expect(handWritten(wrong, right)).toBe(false);
    expect(sameSound(wrong, right)).toBe(false);
    expect(flags(text)).toEqual([[wrong, right]]);
  });

  it.each([
    '省公安厅发布交通管制通告。',
    '依照本条例第三条的规定办理。',
    '这是推进改革的必经之路。',
    '列车时刻表已经公布。',
    '妇女儿童权益保障工作取得新进展。',
    '坚持以人民为中心的发展思想。',
  ])('leaves correct text alone: %s', (text) => {
    expect(flags(text)).toEqual([]);
  });
});
