import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';
import { sunpinyinLanguageModel } from '../../../crawler/text/sunpinyin-files.ts';
import { detectCommonTypos } from '../../../shared/checks/typo-confusion/detect.ts';
import { isNameByTitle } from '../../../shared/text/person-names.ts';

const lm = sunpinyinLanguageModel();
if (!lm) throw new Error('sunpinyin-data is not installed: run scripts/setup.sh');

const found = (text: string, withModel: boolean) =>
  detectCommonTypos({
    text,
    segment: jiebaSegment,
    languageModels: withModel ? [lm] : undefined,
    pageDate: '2024-01-01',
  }).map((h) => [text.slice(h.start, h.end), h.suggestion]);

describe('the language model vetoes word-rule guesses it finds less probable', () => {
  it.each([
    ['加强农村宅基地审批和村民自建住房建设管理。', '自建', '自检'],
    ['稳妥地驾驭和引领着全面深化改革。', '引领着', '引领者'],
  ])('drops the word-rule guess in %s (%s → %s) once a model is there', (text, wrong, right) => {
    expect(found(text, false)).toContainEqual([wrong, right]);
    expect(found(text, true)).toEqual([]);
  });

  it('keeps a word-rule slip the model agrees with', () => {
    expect(found('我县人民很行支行开展宣传活动。', true)).toContainEqual(['人民很行', '人民银行']);
  });
});

describe('names next to titles are not typos', () => {
  it.each([
    ['国办督查室主任高雨担任。', '高雨'],
    ['由副书记王芳同志主持。', '王芳'],
    ['高雨同志主持会议。', '高雨'],
  ])('%s: %s', (text, name) => {
    const at = text.indexOf(name);
    expect(isNameByTitle(text, at, at + name.length)).toBe(true);
    expect(isNameByTitle(text, at + 1, at + name.length)).toBe(true);
  });

  it.each([
    ['主任委员会议', '委员'],
    ['财政局长期坚持', '期坚'],
    ['高雨天气较多', '高雨'],
  ])('not a name: %s', (text, span) => {
    const at = text.indexOf(span);
    expect(isNameByTitle(text, at, at + span.length)).toBe(false);
  });

  it('a slip the word rule would report right after a title is left alone', () => {
    expect(found('国办督查室主任高雨担任。', true)).toEqual([]);
  });
});
