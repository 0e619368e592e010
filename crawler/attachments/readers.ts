import type { AttachmentFormat } from './attachment-format.ts';
import { extractDocx } from './docx-text.ts';
import type { AttachmentLimits, ExtractedDocument } from './extracted.ts';
import { extractPdf } from './pdf-text.ts';
import { extractXlsx } from './xlsx-text.ts';

export type AttachmentReader = (
  bytes: Uint8Array,
  limits: AttachmentLimits,
  signal: AbortSignal,
) => Promise<ExtractedDocument>;

/** The formats govcheck reads, by the name sniffFormat gives them. */
export const READERS: Partial<Record<AttachmentFormat, AttachmentReader>> = {
  pdf: extractPdf,
  docx: extractDocx,
  xlsx: extractXlsx,
};
