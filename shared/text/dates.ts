import type { DetectedDate } from '../model/page-snapshot.ts';

// 2024-05-06, 2024/5/6, 2024.05.06, 2024年5月6日, 2024 年 05 月 06 日
const DATE = /(?<!\d)((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)/g;

export function isValidDate(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= days;
}

/** Dates written in a piece of text (impossible ones such as 4月31日 are left out). */
export function findDates(text: string, path = ''): DetectedDate[] {
  const dates: DetectedDate[] = [];
  for (const m of text.matchAll(DATE)) {
    const [raw, y, mo, d] = m;
    const year = Number(y);
    const month = Number(mo);
    const day = Number(d);
    if (!isValidDate(year, month, day)) continue;
    dates.push({
      iso: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      raw: raw.trim(),
      path,
    });
  }
  return dates;
}

const CN_DIGITS: Record<string, number> = {
  〇: 0,
  零: 0,
  O: 0,
  o: 0,
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};
// 二〇二四年五月六日, 二〇二四年十二月三十一日 (成文日期 in official documents)
const CN_DATE = /([〇零Oo一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日/g;
// 05-06, 05/06, 5月6日, [05-06]: list pages often drop the year.
const MONTH_DAY = /(?<![\d\-/.年])(\d{1,2})\s*([-/月])\s*(\d{1,2})(?:\s*日)?(?![\d\-/.月:])/g;

function cnNumber(text: string): number {
  if (!text.includes('十')) return Number([...text].map((c) => CN_DIGITS[c]).join(''));
  const [tens, ones] = text.split('十');
  return (tens ? CN_DIGITS[tens] : 1) * 10 + (ones ? CN_DIGITS[ones] : 0);
}

const iso = (y: number, m: number, d: number) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** Dates written in Chinese numerals (二〇二四年五月六日). */
export function findChineseNumeralDates(text: string, path = ''): DetectedDate[] {
  const dates: DetectedDate[] = [];
  for (const m of text.matchAll(CN_DATE)) {
    const [year, month, day] = [cnNumber(m[1]), cnNumber(m[2]), cnNumber(m[3])];
    if (year >= 1900 && isValidDate(year, month, day)) dates.push({ iso: iso(year, month, day), raw: m[0], path });
  }
  return dates;
}

/**
 * Dates as list pages write them, for freshness rules: full dates, Chinese-numeral dates, and month-day
 * dates without a year (given the most recent year that does not put them after `asOf`). Month-day forms
 * are only read when the text holds no full date, so 2024-05-06 is never read a second time as 05-06.
 */
export function findListDates(text: string, asOf: string, path = ''): DetectedDate[] {
  const full = [...findDates(text, path), ...findChineseNumeralDates(text, path)];
  if (full.length) return full;
  const [asOfYear, asOfMonth, asOfDay] = asOf.split('-').map(Number);
  const dates: DetectedDate[] = [];
  for (const m of text.matchAll(MONTH_DAY)) {
    const month = Number(m[1]);
    const day = Number(m[3]);
    if (m[2] === '月' && !/日/.test(m[0])) continue;
    const notAfter = month < asOfMonth || (month === asOfMonth && day <= asOfDay);
    const year = notAfter ? asOfYear : asOfYear - 1;
    if (isValidDate(year, month, day)) dates.push({ iso: iso(year, month, day), raw: m[0].trim(), path });
  }
  return dates;
}

/** Shifts a yyyy-mm-dd date back by a period such as "14d", "6m" or "1y" (calendar months, clamped). */
export function subtractPeriod(isoDate: string, period: string): string {
  const match = /^(\d+)\s*([dmy])$/.exec(period.trim());
  if (!match) throw new Error(`bad period "${period}" (expected e.g. 14d, 6m, 1y)`);
  const amount = Number(match[1]);
  const [y, m, d] = isoDate.split('-').map(Number);
  if (match[2] === 'd') return new Date(Date.UTC(y, m - 1, d - amount)).toISOString().slice(0, 10);
  const months = match[2] === 'm' ? amount : amount * 12;
  const target = new Date(Date.UTC(y, m - 1 - months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  return iso(target.getUTCFullYear(), target.getUTCMonth() + 1, Math.min(d, lastDay));
}

/** "14d" → 14天 / 14 days, "6m" → 6个月 / 6 months, "1y" → 1年 / 1 year. */
export function periodLabel(period: string): { zh: string; en: string } {
  const match = /^(\d+)([dmy])$/.exec(period.trim());
  if (!match) return { zh: period, en: period };
  const n = Number(match[1]);
  const [zh, en] = { d: ['天', 'day'], m: ['个月', 'month'], y: ['年', 'year'] }[match[2] as 'd' | 'm' | 'y'];
  return { zh: `${n}${zh}`, en: `${n} ${en}${n === 1 ? '' : 's'}` };
}
