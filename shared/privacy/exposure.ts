import type { TextBlock } from '../model/page-snapshot.ts';
import { maskNumber, maskPersonalNumbers } from './mask.ts';
import {
  findMaskedNumbers,
  findPersonalNumbers,
  PERSONAL_NUMBER_KINDS,
  type PersonalNumberHit,
  type PersonalNumberKind,
} from './personal-numbers.ts';

/** What one page (or attachment) exposes of one kind of personal number. */
export interface KindExposure {
  kind: PersonalNumberKind;
  /** Unmasked occurrences. */
  count: number;
  /** Different numbers among them. */
  distinct: number;
  /** Masked (compliant) forms of this kind seen on the same page. */
  masked: number;
  /** The first number, masked. */
  sample: string;
  /** Paths of the blocks holding unmasked numbers, in page order, without repeats. */
  places: string[];
  /** The sentence around the first number, every number in it masked. */
  context: string;
  offset: number;
}

// A mobile number right after these words is a published work contact (联系电话：…), not a list of people.
const CONTACT_BEFORE = /(联系|咨询|服务|监督|投诉|举报|热线|值班|办公|传真|电话|手机|Tel|TEL|tel)[^\d\n]{0,8}$/;
// A card number right after these words is an organisation's collection account, published on purpose.
const ORG_ACCOUNT_BEFORE = /(收款单位|收款账[户号]|对公|单位账[户号]|缴款账[户号]|汇款账[户号]|财政专户)[^\d\n]{0,12}$/;

function isPublishedOnPurpose(hit: PersonalNumberHit, text: string): boolean {
  const before = text.slice(Math.max(0, hit.start - 20), hit.start);
  if (hit.kind === 'mobile') return CONTACT_BEFORE.test(before);
  if (hit.kind === 'bank-card') return ORG_ACCOUNT_BEFORE.test(before);
  return false;
}

// Masking keeps lengths, so the slice is taken after masking and never shows part of a cut-off number unmasked.
const contextAround = (text: string, start: number, end: number): string =>
  maskPersonalNumbers(text).slice(Math.max(0, start - 20), end + 20);

/** Tallies unmasked and masked personal numbers per kind over text blocks (hidden ones too: still published). */
export function tallyExposure(blocks: readonly TextBlock[], latestBirth?: string): KindExposure[] {
  const hitsByKind = new Map<PersonalNumberKind, { hit: PersonalNumberHit; block: TextBlock }[]>();
  const masked = new Map<PersonalNumberKind, number>();
  for (const block of blocks) {
    for (const hit of findPersonalNumbers(block.text, { latestBirth })) {
      if (isPublishedOnPurpose(hit, block.text)) continue;
      const list = hitsByKind.get(hit.kind) ?? [];
      list.push({ hit, block });
      hitsByKind.set(hit.kind, list);
    }
    for (const m of findMaskedNumbers(block.text)) masked.set(m.kind, (masked.get(m.kind) ?? 0) + 1);
  }
  return PERSONAL_NUMBER_KINDS.flatMap((kind): KindExposure[] => {
    const hits = hitsByKind.get(kind);
    if (!hits?.length) return [];
    const [{ hit, block }] = hits;
    return [
      {
        kind,
        count: hits.length,
        distinct: new Set(hits.map((h) => h.hit.digits)).size,
        masked: masked.get(kind) ?? 0,
        sample: maskNumber(kind, hit.digits),
        places: [...new Set(hits.map((h) => h.block.path))],
        context: contextAround(block.text, hit.start, hit.end),
        offset: hit.start,
      },
    ];
  });
}
