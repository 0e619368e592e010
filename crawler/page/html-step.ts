import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { FetchedPage } from './fetch-step.ts';
import { snapshotFromResponse } from './snapshot-from-html.ts';

const HTML_TYPE = /text\/html|application\/xhtml\+xml/i;

/** A page's snapshot and notes on how it was read, or why it could not be. */
export type ParsedHtml = { snapshot: PageSnapshot; notes: string[] } | { skipped: string };

/** A web page's bytes decoded (GBK, GB2312, UTF-8 …) and parsed into the snapshot every check reads. */
export function parseHtml(page: FetchedPage): ParsedHtml {
  const { entry, response: res, record } = page;
  const { contentType } = record;
  if (contentType && !HTML_TYPE.test(contentType)) return { skipped: `not HTML (${contentType.split(';')[0]})` };
  if (res.truncated) return { skipped: `too large (over ${res.body?.length ?? 0} bytes)` };
  const { snapshot, charsetMismatch } = snapshotFromResponse(entry.url, res, entry.depth);
  const notes = charsetMismatch
    ? [`declared charset ${charsetMismatch} does not match the bytes; decoded otherwise`]
    : [];
  return { snapshot, notes };
}
