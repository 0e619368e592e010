import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { PageRecord } from '../../shared/model/report.ts';
import { snapshotFromAttachment } from '../attachments/attachment-snapshot.ts';
import type { FetchedPage } from './fetch-step.ts';

/** Attachments become snapshots too, so typo, spam and privacy checks read them like pages. */
export async function readAttachment(
  page: FetchedPage,
  maxBytes: number,
): Promise<{ record: PageRecord; snapshot?: PageSnapshot }> {
  const { entry, response: res, record } = page;
  const { snapshot, problem } = await snapshotFromAttachment(
    entry.url,
    res.body ?? new Uint8Array(),
    record.contentType,
    { maxBytes },
    { finalUrl: res.finalUrl, status: res.status, headers: res.headers, depth: entry.depth, truncated: res.truncated },
  );
  const note = problem ? { notes: [`attachment ${problem.messageId}: ${problem.reason}`] } : {};
  const skipped = snapshot ? {} : { skipped: problem?.reason ?? 'attachment not readable' };
  return {
    record: { ...record, title: snapshot?.title ?? '', ...note, ...skipped },
    ...(snapshot ? { snapshot } : {}),
  };
}
