import { parseHTML } from 'linkedom';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { buildSnapshot, type FetchFacts } from '../../shared/snapshot/build-snapshot.ts';

/** Node host: parse decoded HTML with linkedom, then build the shared snapshot from that DOM. */
export function snapshotFromHtml(facts: FetchFacts): PageSnapshot {
  // linkedom needs a full document to populate documentElement/body for fragments and broken markup.
  const html = /<html[\s>]/i.test(facts.html) ? facts.html : `<!doctype html><html><body>${facts.html}</body></html>`;
  const { document } = parseHTML(html);
  return buildSnapshot(document as unknown as Document, facts);
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
