/**
 * Why the text of an attachment could not be read (fully). The crawler writes these into the attachment's
 * snapshot meta; the attachment-readable check turns them into findings.
 */
export type AttachmentProblemId =
  | 'scanned'
  | 'unsupported-format'
  | 'corrupt'
  | 'encrypted'
  | 'too-large'
  | 'timeout'
  | 'partly-read';

export const ATTACHMENT_PROBLEM_META = 'govcheck:attachment-problem';
export const ATTACHMENT_REASON_META = 'govcheck:attachment-reason';
/** File format as govcheck names it (PDF, DOCX, XLSX, DOC, XLS, WPS …). */
export const ATTACHMENT_FORMAT_META = 'govcheck:attachment-format';

export interface AttachmentProblem {
  messageId: AttachmentProblemId;
  /** Plain-language detail (English or library text), shown in the finding. */
  reason: string;
}
