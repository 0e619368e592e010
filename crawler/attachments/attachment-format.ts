/** Document formats govcheck reads (pdf, docx, xlsx) or at least recognises as attachments. */
export type AttachmentFormat =
  | 'pdf'
  | 'docx'
  | 'xlsx'
  | 'legacy'
  | 'ofd'
  | 'encrypted-office'
  | 'html'
  | 'empty'
  | 'unknown';

// File extensions of published documents (公文附件): the ones inspectors open like pages.
const DOCUMENT_EXTENSION = /\.(pdf|docx?|xlsx?|wps|et|ofd)$/i;
const DOCUMENT_TYPE = new RegExp(
  [
    'application/pdf',
    'application/msword',
    'application/vnd\\.openxmlformats-officedocument\\.(wordprocessingml|spreadsheetml)',
    'application/vnd\\.ms-excel',
    'application/(vnd\\.ms-)?(kswps|wps|ket|et)', // Kingsoft WPS / ET
    'application/ofd',
  ].join('|'),
  'i',
);

/** True when the URL names a document file (by its path's extension). */
export function isAttachmentUrl(url: string): boolean {
  try {
    return DOCUMENT_EXTENSION.test(new URL(url).pathname);
  } catch {
    return false;
  }
}

/**
 * True when a response is a document: a document content type, a download whose Content-Disposition file
 * name is a document, or a document URL served as anything but HTML.
 */
export function isAttachmentResponse(url: string, contentType: string, contentDisposition = ''): boolean {
  if (DOCUMENT_TYPE.test(contentType)) return true;
  const fileName = /filename\*?=(?:UTF-8'')?"?([^";]+)/i.exec(contentDisposition)?.[1];
  if (fileName && DOCUMENT_EXTENSION.test(fileName.trim())) return true;
  return isAttachmentUrl(url) && !/text\/html|application\/xhtml/i.test(contentType);
}

/** Upper-case extension of the URL's file name ("DOC", "WPS"), '' when it has none. */
export function extensionOf(url: string): string {
  try {
    return /\.([a-z0-9]{1,5})$/i.exec(new URL(url).pathname)?.[1].toUpperCase() ?? '';
  } catch {
    return '';
  }
}

const startsWith = (bytes: Uint8Array, magic: readonly number[], at = 0): boolean =>
  magic.every((b, i) => bytes[at + i] === b);

const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP = [0x50, 0x4b, 0x03, 0x04];
// An encrypted DOCX/XLSX is an OLE container holding a stream with this UTF-16 name.
const ENCRYPTED_PACKAGE = 'E\0n\0c\0r\0y\0p\0t\0e\0d\0P\0a\0c\0k\0a\0g\0e';

/** What the bytes are, whatever the URL or content type claims. */
export function sniffFormat(bytes: Uint8Array): AttachmentFormat {
  if (bytes.length === 0) return 'empty';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.includes('%PDF-')) return 'pdf';
  if (startsWith(bytes, ZIP)) {
    // File names are stored in plain text in a ZIP's headers.
    const all = new TextDecoder('latin1').decode(bytes);
    if (all.includes('word/document.xml')) return 'docx';
    if (all.includes('xl/workbook.xml')) return 'xlsx';
    if (all.includes('OFD.xml')) return 'ofd';
    return 'unknown';
  }
  if (startsWith(bytes, OLE)) {
    return new TextDecoder('latin1').decode(bytes).includes(ENCRYPTED_PACKAGE) ? 'encrypted-office' : 'legacy';
  }
  if (head.startsWith('{\\rtf')) return 'legacy';
  if (/^\s*(<!doctype html|<html|<head|<body)/i.test(head.replace(/^\uFEFF|^ï»¿/, ''))) return 'html';
  return 'unknown';
}
