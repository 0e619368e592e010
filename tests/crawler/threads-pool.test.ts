import { afterAll, describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { PageWorkers } from '../../crawler/workers/page-workers.ts';
import { CHECKS } from './fixtures/thread-checks.ts';

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

  it('a check that throws inside a thread is recorded as failed for that page; the other checks still run', async () => {
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
