import { describe, expect, it } from 'vitest';
import { findChineseNumeralDates, findListDates, periodLabel, subtractPeriod } from '../../shared/text/dates.ts';

const isoOf = (text: string, asOf = '2024-06-01') => findListDates(text, asOf).map((d) => d.iso);

describe('list dates', () => {
  it('reads the full formats list pages use', () => {
    expect(isoOf('2024-05-06')).toEqual(['2024-05-06']);
    expect(isoOf('[2024/5/6]')).toEqual(['2024-05-06']);
    expect(isoOf('发布时间：2024.05.06 10:30')).toEqual(['2024-05-06']);
    expect(isoOf('2024年5月6日')).toEqual(['2024-05-06']);
    expect(isoOf('2024 年 05 月 06 日')).toEqual(['2024-05-06']);
  });

  it('reads Chinese-numeral dates (成文日期)', () => {
    expect(findChineseNumeralDates('二〇二四年五月六日').map((d) => d.iso)).toEqual(['2024-05-06']);
    expect(findChineseNumeralDates('二〇二三年十二月三十一日').map((d) => d.iso)).toEqual(['2023-12-31']);
    expect(findChineseNumeralDates('二〇二三年二月三十日')).toEqual([]);
  });

  it('gives month-day dates the latest year not after as-of', () => {
    expect(isoOf('[05-30]')).toEqual(['2024-05-30']);
    expect(isoOf('06-01')).toEqual(['2024-06-01']);
    expect(isoOf('12-20')).toEqual(['2023-12-20']);
    expect(isoOf('5月6日')).toEqual(['2024-05-06']);
  });

  it('does not read times, phone numbers, impossible dates or a month-day inside a full date', () => {
    expect(isoOf('10:30')).toEqual([]);
    expect(isoOf('电话：0818-1234567')).toEqual([]);
    expect(isoOf('02-30')).toEqual([]);
    expect(isoOf('2024-05-06 更新')).toEqual(['2024-05-06']);
  });
});

describe('periods', () => {
  it('subtracts calendar days, months and years', () => {
    expect(subtractPeriod('2024-06-01', '14d')).toBe('2024-05-18');
    expect(subtractPeriod('2024-06-01', '6m')).toBe('2023-12-01');
    expect(subtractPeriod('2024-08-31', '6m')).toBe('2024-02-29');
    expect(subtractPeriod('2024-02-29', '1y')).toBe('2023-02-28');
    expect(() => subtractPeriod('2024-06-01', 'six months')).toThrow(/bad period/);
  });

  it('labels periods in Chinese and English', () => {
    expect(periodLabel('6m')).toEqual({ zh: '6个月', en: '6 months' });
    expect(periodLabel('1y')).toEqual({ zh: '1年', en: '1 year' });
  });
});
