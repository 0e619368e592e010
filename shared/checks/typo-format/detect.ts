import type { DetectInput, TextHit } from '../../text/scan-blocks.ts';
import { docNumberHits } from './rules/doc-number.ts';
import { doubledCharHits } from './rules/doubled-char.ts';
import { halfwidthHits } from './rules/halfwidth-punct.ts';
import { impossibleDateHits } from './rules/impossible-date.ts';
import { pairedMarkHits } from './rules/paired-marks.ts';

/** Tier 3: formal-writing rules (GB/T 9704 发文字号, dates, doubled characters, paired and full-width marks). */
export function detectFormalWriting({ text, segment }: DetectInput): TextHit[] {
  return [
    ...docNumberHits(text),
    ...impossibleDateHits(text),
    ...doubledCharHits(text, segment),
    ...pairedMarkHits(text),
    ...halfwidthHits(text),
  ].sort((a, b) => a.start - b.start);
}
