import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { FetchFacts } from '../../shared/snapshot/build-snapshot.ts';
import { streamSnapshot } from '../../shared/snapshot/stream-snapshot.ts';
import { decodeHtml } from '../fetch/charset.ts';
import type { HttpResponse } from '../fetch/http-client.ts';

/**
 * Node host: the shared snapshot of decoded HTML, built in one streaming pass (no DOM; equal to linkedom +
 * buildSnapshot, tests/snapshot/stream-snapshot.test.ts).
 */
export function snapshotFromHtml(facts: FetchFacts): PageSnapshot {
  return streamSnapshot(facts);
}

/**
 * A fetched response's bytes decoded (declared or sniffed charset: GBK, GB2312, UTF-8 …) and parsed; `charsetMismatch`
 * names a declared charset the bytes contradicted.
 */
export function snapshotFromResponse(
  url: string,
  res: HttpResponse,
  depth?: number,
): { snapshot: PageSnapshot; charsetMismatch?: string } {
  const contentType = res.headers['content-type'] ?? '';
  const decoded = decodeHtml(res.body ?? new Uint8Array(), contentType);
  const snapshot = snapshotFromHtml({
    url,
    finalUrl: res.finalUrl,
    status: res.status,
    headers: res.headers,
    contentType,
    charset: decoded.encoding,
    html: decoded.text,
    rendered: false,
    ...(depth === undefined ? {} : { depth }),
  });
  return { snapshot, ...(decoded.mismatch ? { charsetMismatch: decoded.mismatch } : {}) };
}

/** Convenience for tests and fixtures: a snapshot of an HTML string as if served at url with status 200. */
export function snapshotOf(html: string, url = 'http://127.0.0.1/', extra: Partial<FetchFacts> = {}): PageSnapshot {
  return snapshotFromHtml({
    url,
    finalUrl: url,
    status: 200,
    headers: {},
    contentType: 'text/html',
    charset: 'utf-8',
    html,
    rendered: false,
    ...extra,
  });
}
