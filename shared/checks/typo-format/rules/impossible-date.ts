import { isValidDate } from '../../../text/dates.ts';
import type { TextHit } from '../../../text/scan-blocks.ts';

// 2019年2月30日, 4月31日, 13月: a month/day combination no calendar has.
const MONTH_DAY = /(?<![\d.])(?:((?:19|20)\d{2})年)?(\d{1,2})月(?:(\d{1,2})日)?/g;

export function impossibleDateHits(text: string): TextHit[] {
  const hits: TextHit[] = [];
  if (!text.includes('月')) return hits;
  for (const m of text.matchAll(MONTH_DAY)) {
    const [whole, y, mo, d] = m;
    const month = Number(mo);
    // Without a year, assume a leap year so 2月29日 passes.
    const valid = d === undefined ? month >= 1 && month <= 12 : isValidDate(y ? Number(y) : 2024, month, Number(d));
    if (valid) continue;
    hits.push({
      start: m.index!,
      end: m.index! + whole.length,
      suggestion: '核实日期',
      messageId: 'impossible-date',
      tier: 3,
      data: { rule: 'impossible-date' },
    });
  }
  return hits;
}
