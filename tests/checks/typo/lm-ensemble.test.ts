import { describe, expect, it } from 'vitest';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';
import { crawlerLanguageModels } from '../../../crawler/text/language-models.ts';
import { detectCommonTypos } from '../../../shared/checks/typo-confusion/detect.ts';
import { lmSlips } from '../../../shared/checks/typo-confusion/lm-slips.ts';
import { detectSeriousErrors } from '../../../shared/checks/typo-serious/detect.ts';

// scripts/setup.sh installs both packages (sunpinyin-data, libime-data-language-model).
const models = crawlerLanguageModels();
if (models.length < 2) throw new Error('a language model package is missing: run scripts/setup.sh');
const [sunpinyin] = models;

const flags = (text: string, judges = models) =>
  lmSlips(text, judges, jiebaSegment).map((h) => [text.slice(h.start, h.end), h.suggestion]);

// Sentences adapted from the ECSpell odw TRAIN split (MIT, github.com/aopolin-lv/ECSpell).
describe('two language models judging together', () => {
  it.each([
    ['共同制定工业互连网标准规范和国际规则。', '连', '联'],
    ['重大事项经党组研究讨论后，再由懂事会或者经理层作出决定。', '懂', '董'],
    ['商务部发放药品类易制毒滑雪品进口许可前，应当征得同意。', '滑雪', '化学'],
    ['民主评义党员可以结合组织生活会一并进行。', '义', '议'],
  ])('catch what SunPinyin alone lets pass: %s', (text, wrong, right) => {
    expect(flags(text)).toContainEqual([wrong, right]);
    expect(flags(text, [sunpinyin])).not.toContainEqual([wrong, right]);
  });

  it('leave alone correct text SunPinyin alone would flag', () => {
    const text = '拓展铁路计算机联锁、编组站系统自动化应用。';
    expect(flags(text, [sunpinyin])).not.toEqual([]);
    expect(flags(text)).toEqual([]);
  });

  it('agree on a plain slip', () => {
    expect(flags('全体干部要自觉卫护群众利益。')).toEqual([['卫', '维']]);
  });
});

describe('tier 2 stays quiet where tier 1 reports', () => {
  it("a slip in a fixed formulation is typo-serious's alone", () => {
    const input = {
      text: '深入学习贯彻习近平新时代中国特色社会主意思想。',
      segment: jiebaSegment,
      languageModels: models,
      pageDate: '2026-01-01',
    };
    expect(detectSeriousErrors(input).map((h) => h.suggestion)).toEqual(['习近平新时代中国特色社会主义思想']);
    expect(detectCommonTypos(input)).toEqual([]);
  });
});
