import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { FetchFacts } from '../../shared/snapshot/build-snapshot.ts';
import { streamSnapshot } from '../../shared/snapshot/stream-snapshot.ts';

/**
 * Node host: the shared snapshot of decoded HTML, built in one streaming pass (no DOM; equal to linkedom +
 * buildSnapshot, tests/snapshot/stream-snapshot.test.ts).
 */
export function snapshotFromHtml(facts: FetchFacts): PageSnapshot {
  return streamSnapshot(facts);
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
