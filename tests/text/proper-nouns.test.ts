import { describe, expect, it } from 'vitest';
import { cleanTextKeys, seenInCleanText } from '../../shared/text/clean-text.ts';
import { foreignBefore, foreignInClause } from '../../shared/text/countries.ts';
import { isListedName, isNameByTitle } from '../../shared/text/person-names.ts';
import { inQuotedOrCompanyName, inTransliteration, isRegionAbbreviation } from '../../shared/text/proper-nouns.ts';

/** The span of `part` inside `text` (first occurrence). */
const at = (text: string, part: string): [string, number, number] => [
  text,
  text.indexOf(part),
  text.indexOf(part) + part.length,
];

describe('proper nouns the typo guesses must leave alone', () => {
  it('entries of name lists, names alone in a block, names by roles, titles and speech verbs', () => {
    expect(isListedName(...at('葛翔宇 谷航林 黄立云 王晓红', '谷'))).toBe(true);
    expect(isListedName(...at('林敏、王瑞、花纯标、邢晋、毛海斌', '海斌'))).toBe(true);
    expect(isListedName(...at('王仕倩', '仕倩'))).toBe(true);
    expect(isListedName(...at('安全、金荣安全、生态安全', '金荣'))).toBe(false);
    expect(isListedName(...at('加快成果转化应用，创新人才', '应用'))).toBe(false);
    expect(isNameByTitle(...at('患者贾金升正通过远程会诊', '金'))).toBe(true);
    expect(isNameByTitle(...at('（作者:颜艳平）', '艳'))).toBe(true);
    expect(isNameByTitle(...at('物理系贺淑莉教授在会上', '淑莉'))).toBe(true);
    expect(isNameByTitle(...at('张竞轩表示，艺术', '轩'))).toBe(true);
    expect(isNameByTitle(...at('加强基础理论研究', '理论'))).toBe(false);
  });

  it('transliterated names, region abbreviations, quoted names and registered company names', () => {
    expect(inTransliteration(...at('以色列称扩大汗尤尼斯军事行动', '汗尤'))).toBe(true);
    expect(inTransliteration(...at('全力抗旱保供保灌', '保灌'))).toBe(false);
    expect(isRegionAbbreviation(...at('中柬关系历经国际风云考验', '柬'))).toBe(true);
    expect(isRegionAbbreviation(...at('在浙期间，丁薛祥还前往杭州', '浙'))).toBe(true);
    expect(isRegionAbbreviation(...at('服务中新建的大厅', '新'))).toBe(false);
    expect(inQuotedOrCompanyName(...at('出示“随申码”，显示绿色', '申码'))).toBe(true);
    expect(inQuotedOrCompanyName(...at('关于苏州建馨置业有限公司的公告', '馨'))).toBe(true);
    expect(inQuotedOrCompanyName(...at('鼓肋保险公司为物流企业', '肋'))).toBe(false);
  });

  it("another country's name before a body", () => {
    expect(foreignBefore('美国国土安全部', 2)).toBe(true);
    expect(foreignBefore('我国国家安全部', 2)).toBe(false);
    expect(foreignInClause('墨西哥经济部和农业部14日表示', 7)).toBe(true);
    expect(foreignInClause('在墨西哥考察。县农业部门', 8)).toBe(false);
  });

  it('the clean-text filter: keys are the flagged text with one Han neighbour; shipped keys are found', () => {
    expect(cleanTextKeys('俄军在库皮扬斯克', 1, 2)).toEqual(['俄军', '军在']);
    expect(cleanTextKeys('，勇毅前行', 1, 3)).toEqual(['勇毅', '勇毅前']);
    expect(seenInCleanText(...at('全党全军全国各族人民坚定信心、勇毅前行', '勇毅'))).toBe(true);
    expect(seenInCleanText(...at('人民很行的改革', '很行'))).toBe(false);
  });
});
