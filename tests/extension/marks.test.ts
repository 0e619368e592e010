import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { configToOptions } from '../../crawler/config/config.ts';
import { EMPTY_MARKS, exportMarks, isWhitelisted, markConfirmed, markNotTypo } from '@/extension/marks.ts';
import { marksItem } from '@/extension/storage.ts';

beforeEach(() => fakeBrowser.reset());

describe('marks', () => {
  it('adds terms and ids once, sorted, and removes them again', () => {
    let marks = markNotTypo(EMPTY_MARKS, '张三丰');
    marks = markNotTypo(marks, '布署');
    marks = markNotTypo(marks, '张三丰');
    marks = markConfirmed(marks, 'f2');
    marks = markConfirmed(marks, 'f1');
    expect(marks).toEqual({ notTypo: ['布署', '张三丰'].sort(), confirmed: ['f1', 'f2'] });
    expect(markConfirmed(markNotTypo(marks, '布署', false), 'f1', false)).toEqual({
      notTypo: ['张三丰'],
      confirmed: ['f2'],
    });
  });

  it('whitelists only typo findings with the marked text', () => {
    expect(isWhitelisted({ category: 'typo', text: '布署' }, ['布署'])).toBe(true);
    expect(isWhitelisted({ category: 'spam', text: '布署' }, ['布署'])).toBe(false);
    expect(isWhitelisted({ category: 'typo', text: '己经' }, ['布署'])).toBe(false);
  });

  it('persists in extension storage', async () => {
    expect(await marksItem.getValue()).toEqual(EMPTY_MARKS);
    await marksItem.setValue(markConfirmed(markNotTypo(EMPTY_MARKS, '布署'), 'abc'));
    expect((await fakeBrowser.storage.local.get('marks')).marks).toEqual({ notTypo: ['布署'], confirmed: ['abc'] });
  });

  it('exports the format the crawler config reads', () => {
    const exported = exportMarks(markConfirmed(markNotTypo(markNotTypo(EMPTY_MARKS, '张三丰'), '布署'), 'f1'));
    expect(JSON.parse(JSON.stringify(exported))).toEqual({
      whitelist: { terms: ['布署', '张三丰'].sort() },
      confirmed: ['f1'],
    });
    // The crawler's own config loader takes the whitelist and hands it to every check.
    const options = configToOptions({ whitelist: exported.whitelist });
    expect(options.checkOptions?.['*']).toEqual({ whitelist: { terms: exported.whitelist.terms } });
  });
});
