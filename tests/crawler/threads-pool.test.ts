import { afterAll, describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { PageWorkers } from '../../crawler/workers/page-workers.ts';
import { CHECKS } from './fixtures/thread-checks.ts';

// <title>县政府</title><a href="/news.html">新闻</a>, in GBK: decoded in the thread as the crawl thread would.
const GBK_PAGE = new Uint8Array([
  ...new TextEncoder().encode('<title>'),
  0xcf,
  0xd8,
  0xd5,
  0xfe,
  0xb8,
  0xae,
  ...new TextEncoder().encode('</title><a href="/news.html">'),
  0xd0,
  0xc2,
  0xce,
  0xc5,
  ...new TextEncoder().encode('</a>'),
]);
const page = (name: string) => snapshotOf(`<title>${name}</title><p>正文</p>`, `http://127.0.0.1/${name}.html`);

describe('page checks in worker threads', () => {
  const workers = new PageWorkers({
    threads: 1,
    engine: {
      siteUrl: 'http://127.0.0.1/',
      asOf: '2026-11-20',
      profiles: ['national'],
      capabilities: { rendered: false, network: true },
    },
    checkIds: CHECKS.map((c) => c.id),
    checksModule: new URL('./fixtures/thread-checks.ts', import.meta.url).href,
  });
  afterAll(() => workers.close());

  it('checks a page in a thread: findings and the check timings come back', async () => {
    const checked = await workers.inspect(page('first'));
    expect(checked.failure).toBeUndefined();
    expect(checked.findings.map((f) => [f.checkId, f.text, f.url])).toEqual([
      ['test-title', 'first', 'http://127.0.0.1/first.html'],
    ]);
  });

  it('parses a fetched page into its snapshot in a thread', async () => {
    const url = 'http://127.0.0.1/parsed.html';
    const headers = { 'content-type': 'text/html; charset=gbk' };
    const parsed = await workers.parse({
      entry: { url, depth: 1 },
      response: { url, finalUrl: url, status: 200, headers, redirects: [url], retries: 0, body: GBK_PAGE },
      record: {
        url,
        finalUrl: url,
        status: 200,
        contentType: headers['content-type'],
        title: '',
        depth: 1,
        rendered: false,
      },
    });
    if (!('snapshot' in parsed)) throw new Error(parsed.skipped);
    expect(parsed.snapshot.title).toBe('县政府');
    expect(parsed.snapshot.links.map((l) => l.url)).toEqual(['http://127.0.0.1/news.html']);
  });

  it('a check throwing inside a thread is recorded as failed for that page; the other checks still run', async () => {
    const checked = await workers.inspect(page('boom'));
    expect(checked.failure).toBeUndefined();
    const byCheck = Object.fromEntries(checked.findings.map((f) => [f.checkId, f]));
    expect(byCheck['test-throws']).toMatchObject({ messageId: 'check-error', outcome: 'incomplete' });
    expect(byCheck['test-throws'].message.en).toContain('boom inside the thread');
    expect(byCheck['test-title'].text).toBe('boom');
  });

  it('a thread that dies fails only its page, with the reason; the next page gets a new thread', async () => {
    const crashed = await workers.inspect(page('crash'));
    expect(crashed.findings).toEqual([]);
    expect(crashed.failure).toMatch(/page checks failed: their thread stopped \(exit code 7\)/);
    const after = await workers.inspect(page('after'));
    expect(after.failure).toBeUndefined();
    expect(after.findings.map((f) => f.text)).toEqual(['after']);
    expect(workers.threads).toBe(1);
  });

  it('counts the page runs and errors of every thread in the timing', () => {
    const main = CHECKS.map((c) => ({ checkId: c.id, status: 'ran' as const, runs: 0, errors: 0, ms: 0 }));
    const timing = Object.fromEntries(workers.timing(main).map((t) => [t.checkId, t]));
    // first, boom, after (the crashed page's runs died with its thread)
    expect(timing['test-title']).toMatchObject({ runs: 3, errors: 0, status: 'ran' });
    expect(timing['test-throws']).toMatchObject({ runs: 3, errors: 1, status: 'ran' });
  });
});
