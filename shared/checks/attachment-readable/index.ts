import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import {
  ATTACHMENT_FORMAT_META,
  ATTACHMENT_PROBLEM_META,
  ATTACHMENT_REASON_META,
  type AttachmentProblemId,
} from './problem.ts';

const MESSAGE_IDS: readonly AttachmentProblemId[] = [
  'scanned',
  'unsupported-format',
  'corrupt',
  'encrypted',
  'too-large',
  'timeout',
  'partly-read',
];

/** Attachments whose text govcheck could not read: their content needs a person (or OCR). */
export const attachmentReadable = definePageCheck({
  id: 'attachment-readable',
  category: 'incomplete',
  title: { zh: '附件内容无法读取', en: 'Attachment text unreadable' },
  description: {
    zh: '报告无法读取文字的附件（扫描件、旧版格式、损坏、加密、过大、超时），其中的错别字和个人信息需人工复核。',
    en:
      'Reports attachments whose text could not be read (scanned, legacy format, corrupt, encrypted, too large, ' +
      'timed out), so typos and personal data in them need manual review.',
  },
  indicators: ['NAT-P9', 'PRIV-1'],
  severity: 'info',
  messages: {
    scanned: {
      zh: '附件为扫描件或图片（无文字层），无法检查其中文字：{reason}',
      en: 'Scanned attachment without a text layer: {reason}',
    },
    'unsupported-format': {
      zh: '无法读取 {format} 格式的附件文字：{reason}',
      en: 'Cannot read {format} attachments: {reason}',
    },
    corrupt: { zh: '附件文件已损坏，无法打开：{reason}', en: 'Attachment is corrupt and cannot be opened: {reason}' },
    encrypted: { zh: '附件已加密，无法读取：{reason}', en: 'Attachment is encrypted: {reason}' },
    'too-large': { zh: '附件过大，未读取：{reason}', en: 'Attachment too large, not read: {reason}' },
    timeout: { zh: '附件读取超时：{reason}', en: 'Reading the attachment timed out: {reason}' },
    'partly-read': { zh: '附件只读取了一部分：{reason}', en: 'Attachment only partly read: {reason}' },
  },
  fix: {
    zh: '请人工查看该附件中的错别字和个人信息；建议发布可复制文字的 PDF、DOCX 或 XLSX 版本。',
    en: 'Review this attachment by hand; publish a text PDF, DOCX or XLSX version.',
  },
  run({ page }) {
    const messageId = page.meta[ATTACHMENT_PROBLEM_META] as AttachmentProblemId | undefined;
    if (!messageId || !MESSAGE_IDS.includes(messageId)) return [];
    const result: CheckResult = {
      messageId,
      outcome: 'incomplete',
      data: { reason: page.meta[ATTACHMENT_REASON_META] ?? '', format: page.meta[ATTACHMENT_FORMAT_META] ?? '' },
    };
    // A file nobody can open is also an unusable attachment (NAT-D20), not only unreadable for govcheck.
    if (messageId === 'corrupt') return [{ ...result, severity: 'minor', indicators: ['NAT-D20', 'NAT-P9'] }];
    return [result];
  },
});
