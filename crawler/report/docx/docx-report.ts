import type { Report } from '../../../shared/model/report.ts';
import { unitNames, unitOf } from '../../../shared/report/units.ts';
import type { OfficialDocument } from '../document/official-document.ts';
import { rectificationNotice, type NoticeOptions } from '../notice/rectification-notice.ts';
import { documentToDocx } from './document-docx.ts';

/** Files of one notice run: '' is the whole-site notice, other keys are responsible units. */
export type DocxParts = Record<string, Uint8Array>;

export type DocxOptions = NoticeOptions;

/** The whole-site notice, then one per responsible unit that has findings (options.units maps URL prefixes). */
export function rectificationNotices(report: Report, options: NoticeOptions = {}): Record<string, OfficialDocument> {
  const notices: Record<string, OfficialDocument> = { '': rectificationNotice(report, options) };
  for (const unit of unitNames(options.units)) {
    const findings = report.findings.filter((f) => unitOf(f.url, options.units) === unit);
    if (findings.length > 0) notices[unit] = rectificationNotice({ ...report, findings }, options, unit);
  }
  return notices;
}

/** 整改通知 as DOCX: one for the whole site, plus one per responsible unit when options.units maps URL prefixes. */
export async function renderDocxReport(report: Report, options: DocxOptions = {}): Promise<DocxParts> {
  const parts: DocxParts = {};
  for (const [key, notice] of Object.entries(rectificationNotices(report, options))) {
    parts[key] = await documentToDocx(notice);
  }
  return parts;
}
