import {
  ATTACHMENT_FORMAT_META,
  ATTACHMENT_PROBLEM_META,
  ATTACHMENT_REASON_META,
  type AttachmentProblem,
} from '../../shared/checks/attachment-readable/problem.ts';
import type { PageLink, PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { findDates } from '../../shared/text/dates.ts';
import { extensionOf, sniffFormat, type AttachmentFormat } from './attachment-format.ts';
import { DEFAULT_ATTACHMENT_LIMITS, type AttachmentLimits, type ExtractedDocument } from './extracted.ts';
import { ReaderPool } from './reader-pool.ts';
import { READERS } from './readers.ts';
import { zipBombReason } from './zip-directory.ts';

/** What the fetch knew besides the bytes; all optional. */
export interface AttachmentFacts {
  finalUrl?: string;
  status?: number;
  headers?: Record<string, string>;
  depth?: number;
  /** The HTTP client cut the body off at its own size limit. */
  truncated?: boolean;
  /** Aborts reading (the crawl is stopping); reported like a timeout. */
  signal?: AbortSignal;
}

export interface AttachmentResult {
  /**
   * Present whenever there is something for checks to look at, problem or not (attachment-readable reads the problem).
   */
  snapshot?: PageSnapshot;
  /** Why the text is missing or incomplete. Without a snapshot (empty, HTML) the problem belongs to the link checks. */
  problem?: { messageId: string; reason: string };
}

// Every attachment of the process is parsed in these threads (memory limit and deadline per file).
const readers = new ReaderPool();

/**
 * Ends the idle reader threads: each keeps its V8 isolate and pdf.js (~45 MB RSS) after its file, and a crawl's
 * site stage reads no attachment. A later file starts a thread again.
 */
export function closeIdleReaders(): Promise<void> {
  return readers.close();
}

/** Reader threads running now, busy or idle. */
export function readerThreads(): number {
  return readers.threads;
}

/** Problems decided from the bytes alone, before any parsing. */
function problemBeforeReading(
  format: AttachmentFormat,
  url: string,
  bytes: Uint8Array,
  limits: AttachmentLimits,
  truncated: boolean,
): AttachmentProblem | undefined {
  const size = bytes.length;
  if (truncated) return { messageId: 'too-large', reason: `download cut off after ${size} bytes` };
  if (size > limits.maxBytes) return { messageId: 'too-large', reason: `${size} bytes, limit ${limits.maxBytes}` };
  if (format === 'legacy') {
    return {
      messageId: 'unsupported-format',
      reason: 'legacy binary Office/WPS format; publish a PDF, DOCX or XLSX version',
    };
  }
  if (format === 'ofd') return { messageId: 'unsupported-format', reason: 'OFD documents are not read yet' };
  if (format === 'encrypted-office') return { messageId: 'encrypted', reason: 'password-protected Office file' };
  if (!READERS[format])
    return {
      messageId: 'corrupt',
      reason: `bytes are not a PDF, DOCX or XLSX file (.${extensionOf(url).toLowerCase() || '?'})`,
    };
  // A zip says in its directory what it unzips to: a bomb is refused before a byte of it is inflated.
  const bomb = format === 'docx' || format === 'xlsx' ? zipBombReason(bytes) : undefined;
  if (bomb) return { messageId: 'too-large', reason: bomb };
  return undefined;
}

function formatName(format: AttachmentFormat, url: string): string {
  if (format === 'legacy' || format === 'encrypted-office' || format === 'unknown')
    return extensionOf(url) || 'unknown';
  return format.toUpperCase();
}

/**
 * Turns a downloaded attachment into the PageSnapshot every page check reads: one text block per paragraph
 * (PDF, DOCX) or cell (XLSX), tag "attachment", paths such as "page 3 paragraph 2", "paragraph 12",
 * "sheet 名单!B7". Unreadable files still get a snapshot carrying the problem in its meta, so the
 * attachment-readable check reports them; empty files and HTML pages get none (the link checks own those).
 */
export async function snapshotFromAttachment(
  url: string,
  bytes: Uint8Array,
  contentType: string,
  limits: Partial<AttachmentLimits> = {},
  facts: AttachmentFacts = {},
): Promise<AttachmentResult> {
  const caps = { ...DEFAULT_ATTACHMENT_LIMITS, ...limits };
  const format = sniffFormat(bytes);
  if (format === 'empty') return { problem: { messageId: 'empty', reason: 'the file is empty' } };
  if (format === 'html')
    return { problem: { messageId: 'not-a-document', reason: 'an HTML page is served under a document URL' } };
  const early = problemBeforeReading(format, url, bytes, caps, facts.truncated ?? false);
  const read = early ?? (await readers.read(format, bytes, caps, facts.signal));
  const doc: ExtractedDocument = 'blocks' in read ? read : { blocks: [], links: [], info: {}, problem: read };
  const snapshot = toSnapshot(url, contentType, formatName(format, url), doc, facts);
  return { snapshot, ...(doc.problem ? { problem: doc.problem } : {}) };
}

function toSnapshot(
  url: string,
  contentType: string,
  format: string,
  doc: ExtractedDocument,
  facts: AttachmentFacts,
): PageSnapshot {
  const finalUrl = facts.finalUrl ?? url;
  const meta: Record<string, string> = { ...doc.info, [ATTACHMENT_FORMAT_META]: format };
  if (doc.problem)
    Object.assign(meta, {
      [ATTACHMENT_PROBLEM_META]: doc.problem.messageId,
      [ATTACHMENT_REASON_META]: doc.problem.reason,
    });
  const links: PageLink[] = doc.links.map((l) => ({
    url: resolve(l.url, finalUrl),
    raw: l.url,
    element: 'a',
    attribute: 'href',
    text: l.text,
    path: l.path,
  }));
  return {
    url,
    finalUrl,
    status: facts.status ?? 200,
    headers: facts.headers ?? {},
    contentType,
    charset: '',
    html: '',
    title: titleOf(doc, finalUrl),
    lang: '',
    meta,
    textBlocks: doc.blocks.map((b) => ({
      text: b.text,
      path: b.path,
      tag: 'attachment',
      ...(b.hidden ? { hidden: b.hidden } : {}),
    })),
    links,
    breadcrumbs: [],
    dates: doc.blocks.flatMap((b) => findDates(b.text, b.path)),
    rendered: false,
    ...(facts.depth !== undefined ? { depth: facts.depth } : {}),
    fetchedAt: new Date().toISOString(),
  };
}

function resolve(raw: string, base: string): string {
  try {
    return new URL(raw, base).href;
  } catch {
    return raw;
  }
}

/** Document title property when it says something, else the first text, else the file name. */
function titleOf(doc: ExtractedDocument, url: string): string {
  const title = doc.info.title;
  if (title && !/^(about:blank|untitled|无标题)$/i.test(title)) return title;
  if (doc.blocks[0]) return doc.blocks[0].text.slice(0, 80);
  try {
    return decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {
    return '';
  }
}
