import { isBankCardNumber } from './bank-card.ts';
import { isResidentIdNumber } from './id-number.ts';

export type PersonalNumberKind = 'id-number' | 'mobile' | 'bank-card';
export const PERSONAL_NUMBER_KINDS: readonly PersonalNumberKind[] = ['id-number', 'bank-card', 'mobile'];

/** One personal number in a text: its kind, where it is, and its digits without separators. */
export interface PersonalNumberHit {
  kind: PersonalNumberKind;
  start: number;
  end: number;
  digits: string;
}

export interface ScanOptions {
  /** ID numbers with a birth date after this (yyyy-mm-dd) are not real. */
  latestBirth?: string;
  /** Require the ID check character (default true). Redaction turns it off: a mistyped ID is still personal. */
  checksum?: boolean;
}

// Boundaries: a number glued to other digits or letters is part of a longer code (信用代码, 索引号 …).
const ID_SHAPE = /(?<![\dA-Za-z])\d{17}[\dXx](?![\dA-Za-z])/g;
const CARD_SHAPE = /(?<![\dA-Za-z])[3-6]\d{3}(?:[ -]?\d{4}){3}(?:[ -]?\d{1,3})?(?![\dA-Za-z])/g;
// 13800138000, 138-0013-8000, 138 0013 8000, +86 13800138000 (the separator must be the same twice).
const MOBILE_SHAPE = /(?<!\d)(?:(?:\+|00)?86[ -]?)?1[3-9]\d([ -]?)\d{4}\1\d{4}(?!\d)/g;
// Masked forms (110***********1234, 138****5678, 6222 **** **** 1234): digits and at least three '*'.
// Separators only in the grouped card form, so two masked numbers in a row stay two.
const MASKED_SHAPE = new RegExp(
  String.raw`(?<![\dA-Za-z*＊])(?:[\d*＊]{4}(?:[ -][\d*＊]{4}){3}(?:[ -][\d*＊]{1,3})?` +
    String.raw`|[\d*＊]{10,18}[\dXx*＊]?)(?![\dA-Za-z*＊])`,
  'g',
);

/** Full-width digits and X become ASCII; the length stays the same, so offsets still point into the original. */
export const asciiDigits = (text: string): string =>
  text.replace(/[０-９Ｘｘ]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));

const withoutSeparators = (raw: string): string => raw.replace(/[ -]/g, '');
const mobileDigits = (raw: string): string => withoutSeparators(raw).replace(/^(?:\+|00)?86(?=1\d{10}$)/, '');

/** Resident ID, bank card and mobile numbers in a text, in text order; a span is claimed by one kind only. */
export function findPersonalNumbers(text: string, options: ScanOptions = {}): PersonalNumberHit[] {
  const plain = asciiDigits(text);
  const hits: PersonalNumberHit[] = [];
  const taken = (start: number, end: number) => hits.some((h) => start < h.end && h.start < end);
  const collect = (
    kind: PersonalNumberKind,
    shape: RegExp,
    valid: (digits: string) => boolean,
    digitsOf = withoutSeparators,
  ) => {
    for (const m of plain.matchAll(shape)) {
      const start = m.index;
      const end = start + m[0].length;
      const digits = digitsOf(m[0]);
      if (!taken(start, end) && valid(digits)) hits.push({ kind, start, end, digits });
    }
  };
  collect('id-number', ID_SHAPE, (d) => isResidentIdNumber(d, options.latestBirth, options.checksum ?? true));
  collect('bank-card', CARD_SHAPE, isBankCardNumber);
  collect('mobile', MOBILE_SHAPE, () => true, mobileDigits);
  return hits.sort((a, b) => a.start - b.start);
}

/** Masked (compliant) numbers in a text, by the kind their length suggests. */
export function findMaskedNumbers(text: string): { kind: PersonalNumberKind; start: number; end: number }[] {
  const found: { kind: PersonalNumberKind; start: number; end: number }[] = [];
  for (const m of asciiDigits(text).matchAll(MASKED_SHAPE)) {
    const compact = m[0].replace(/[ -]/g, '');
    if ((compact.match(/[*＊]/g)?.length ?? 0) < 3 || !/\d/.test(compact)) continue;
    const kind: PersonalNumberKind | undefined =
      compact.length === 18
        ? 'id-number'
        : compact.length === 11 && compact.startsWith('1')
          ? 'mobile'
          : compact.length >= 16 && compact.length <= 19
            ? 'bank-card'
            : undefined;
    if (kind) found.push({ kind, start: m.index, end: m.index + m[0].length });
  }
  return found;
}
