/**
 * An official document (公文) as blocks, written once and rendered twice: to DOCX (Word, for filing and editing)
 * and to HTML printed as PDF. The 整改通知 and the 通报 are built this way, so both files always say the same.
 */
export type Block =
  /** 发文机关标志: the issuer in red, centred, above the 文号 and the red rule. */
  | { kind: 'masthead'; text: string }
  /** 发文字号, centred, with the red rule under it (GB/T 9704 7.2.4, 7.2.6). */
  | { kind: 'doc-number'; text: string }
  | { kind: 'title'; text: string }
  /** 主送机关: flush left, no indent. */
  | { kind: 'addressee'; text: string }
  /** Body text; keepWithNext for a lead-in line that belongs on the page of the table under it. */
  | { kind: 'paragraph'; text: string; keepWithNext?: boolean }
  /** 一、 (黑体) or （一） (楷体) heading: kept on the page of what follows it. */
  | { kind: 'heading'; text: string; level: 1 | 2 }
  | { kind: 'table'; headers: string[]; rows: TableCell[][]; widths: number[] }
  /** 落款 and 成文日期, right-aligned, then the 附注 (联系人、电话) in parentheses. */
  | { kind: 'signature'; issuer: string; date: string; note?: string }
  /** 附件 label (黑体, flush left) at the top of an annex. */
  | { kind: 'annex-label'; text: string };

/** A table cell: text lines, and optionally an evidence image (a PNG/JPEG data URL) under them. */
export type TableCell = string | number | { lines: string[]; image?: string };

export interface DocumentSection {
  /** The main text is portrait; a wide problem list is a landscape annex. */
  orientation: 'portrait' | 'landscape';
  blocks: Block[];
}

export interface OfficialDocument {
  /** Document title for file metadata. */
  title: string;
  sections: DocumentSection[];
}

/** The lines and image of a cell, whatever form it was given in. */
export function cellContent(cell: TableCell): { lines: string[]; image?: string } {
  return typeof cell === 'object' ? cell : { lines: String(cell).split('\n') };
}

const DIGITS = '〇一二三四五六七八九';

/** 1 … 99 in Chinese numerals: 一, 十, 十一, 二十, 二十三. */
export function chineseNumber(n: number): string {
  if (n < 10) return DIGITS[n];
  return `${n >= 20 ? DIGITS[Math.floor(n / 10)] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** 2026-11-20 → 二〇二六年十一月二十日 (the 成文日期 style). */
export function chineseDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  const yearText = [...String(year)].map((d) => DIGITS[Number(d)]).join('');
  return `${yearText}年${chineseNumber(month)}月${chineseNumber(day)}日`;
}

/** 2026-11-20 → 2026年11月20日: dates inside running text and tables, which GB/T 9704 writes in Arabic numerals. */
export function arabicDate(isoDate: string): string {
  const [year, month, day] = isoDate.split('-').map(Number);
  return `${year}年${month}月${day}日`;
}

/**
 * The 发文字号 from a pattern: {year} becomes the notice's year; {n} (or a pattern without one) leaves the serial
 * number blank for the office to fill in. No pattern: a placeholder line with the year and a blank.
 */
export function docNumber(pattern: string | undefined, noticeDate: string): string {
  const year = noticeDate.slice(0, 4);
  const blank = '\u3000\u3000';
  if (!pattern) return `〔${year}〕${blank}号`;
  return pattern.replaceAll('{year}', year).replaceAll('{n}', blank);
}
