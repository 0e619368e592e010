import type { TextHit } from '../../../text/scan-blocks.ts';

/**
 * 发文字号 per GB/T 9704-2012 §7.2.5: 机关代字 + 〔full year〕 + number without leading zero or 第 + 号.
 * The bracket must be U+3014/U+3015; [ ] ( ) （ ） 【 】 ［ ］ 〈 〉 { } are look-alikes. Court case numbers
 * such as （2019）京01民初19号 are not matched: there a place code, not the number, follows the bracket.
 */
const DOC_NUMBER =
  /([\u4e00-\u9fff]{1,12}?)([[(（【［〈〔{｛])\s*(\d{2,4})\s*([\])）】］〉〕}｝])\s*(第?)\s*(\d{1,5})\s*号/g;

export function docNumberHits(text: string): TextHit[] {
  const hits: TextHit[] = [];
  if (!text.includes('号')) return hits;
  for (const m of text.matchAll(DOC_NUMBER)) {
    const [whole, agency, open, year, close, di, num] = m;
    const problems: string[] = [];
    if (open !== '〔' || close !== '〕') problems.push('bracket');
    if (year.length !== 4) problems.push('year');
    if (di) problems.push('di');
    if (num.length > 1 && num.startsWith('0')) problems.push('leading-zero');
    if (problems.length === 0 || (year.length !== 4 && open !== '〔')) continue;
    const start = m.index! + agency.length;
    // A two-digit year is assumed to be this century's (〔19〕 → 〔2019〕).
    const fullYear = year.length === 2 ? `20${year}` : year;
    hits.push({
      start,
      end: m.index! + whole.length,
      suggestion: `〔${fullYear}〕${Number(num)}号`,
      messageId: 'doc-number',
      tier: 3,
      data: { rule: 'doc-number', problems: problems.join(',') },
    });
  }
  return hits;
}
