import {
  findPersonalNumbers,
  type PersonalNumberHit,
  type PersonalNumberKind,
  type ScanOptions,
} from './personal-numbers.ts';

// How many leading and trailing digits stay visible, per kind (110***********1234, 138****5678, 6222*********1234).
const KEEP: Record<PersonalNumberKind, [head: number, tail: number]> = {
  'id-number': [3, 4],
  mobile: [3, 4],
  'bank-card': [4, 4],
};

/** The masked form of one number: same length, the middle replaced by '*'. */
export function maskNumber(kind: PersonalNumberKind, digits: string): string {
  const [head, tail] = KEEP[kind];
  return digits.slice(0, head) + '*'.repeat(Math.max(0, digits.length - head - tail)) + digits.slice(-tail);
}

/** The matched text masked in place: separators and a +86 prefix stay, so the length does not change. */
function maskSpan(raw: string, hit: PersonalNumberHit): string {
  const [head, tail] = KEEP[hit.kind];
  const positions = [...raw].flatMap((c, i) => (/[\dXx０-９Ｘｘ]/.test(c) ? [i] : [])).slice(-hit.digits.length);
  const hidden = new Set(positions.slice(head, positions.length - tail));
  return [...raw].map((c, i) => (hidden.has(i) ? '*' : c)).join('');
}

/**
 * The text with every personal number in it masked, same length as the input. By default ID numbers are
 * masked even with a wrong check character: evidence in a report must never carry a full number, mistyped or not.
 */
export function maskPersonalNumbers(text: string, options: ScanOptions = { checksum: false }): string {
  const hits = findPersonalNumbers(text, options);
  if (!hits.length) return text;
  let out = '';
  let at = 0;
  for (const hit of hits) {
    out += text.slice(at, hit.start) + maskSpan(text.slice(hit.start, hit.end), hit);
    at = hit.end;
  }
  return out + text.slice(at);
}
