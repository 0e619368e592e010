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
    dates.push({ iso: `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, raw: raw.trim(), path });
  }
  return dates;
}
