import type { AttachmentProblem } from '../../shared/checks/attachment-readable/problem.ts';

/** Caps that keep one attachment from holding a crawl worker too long or using too much memory. */
export interface AttachmentLimits {
  /** Larger files are not parsed (reported too-large). */
  maxBytes: number;
  /** PDF pages read; the rest is reported partly-read. */
  maxPages: number;
  /** Spreadsheet cells read. */
  maxCells: number;
  /** Characters of text kept, over all blocks. */
  maxChars: number;
  /** Time for one file, parsing included. */
  timeoutMs: number;
}

export const DEFAULT_ATTACHMENT_LIMITS: AttachmentLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxPages: 300,
  maxCells: 200_000,
  maxChars: 2_000_000,
  timeoutMs: 60_000,
};

/** One paragraph, line or cell of document text, with where it is ("page 3 paragraph 2", "sheet 名单!B7"). */
export interface ExtractedBlock {
  text: string;
  path: string;
  /** Why a reader of the file does not see it (hidden sheet, row or column). */
  hidden?: string;
}

export interface ExtractedLink {
  url: string;
  text: string;
  path: string;
}

/** What a format reader got out of a file. */
export interface ExtractedDocument {
  blocks: ExtractedBlock[];
  links: ExtractedLink[];
  /** Document properties (title, author …), lower-case keys. */
  info: Record<string, string>;
  /** Set when the text is incomplete or unreliable (scanned pages, caps reached). */
  problem?: AttachmentProblem;
}

/** Keeps the running text total under maxChars; says whether more may be added. */
export class TextBudget {
  private used = 0;
  constructor(private readonly maxChars: number) {}

  take(text: string): boolean {
    if (this.used >= this.maxChars) return false;
    this.used += text.length;
    return true;
  }

  get exhausted(): boolean {
    return this.used >= this.maxChars;
  }
}
