import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { listRuns, latestReport } from '../../crawler/store/run-history.ts';
import { SqliteState } from '../../crawler/store/sqlite-state.ts';
import type { PageRecord } from '../../shared/model/report.ts';
import { buildReport } from '../../shared/report/build-report.ts';

// A finished run's report is stored without its page records (the run's pages table holds them already;
// they are 60% of a big report) and read back whole, masked exactly as buildReport masked them.

const SITE = 'http://127.0.0.1/';
const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

const record = (n: number): PageRecord => ({
  url: `${SITE}${n}.html`,
  finalUrl: `${SITE}${n}.html`,
  status: 200,
  contentType: 'text/html',
  title: n === 1 ? '张三 110101199003077571 的公示' : `第${n}页`,
  depth: 1,
  rendered: false,
});

describe('the report stored with its run', () => {
  it('leaves the page records to the pages table and reads back equal to the report that was stored', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'govcheck-stored-'));
    dirs.push(dir);
    const db = join(dir, 'state.sqlite');
    const state = SqliteState.open(db, SITE, {}, 100, false);
    for (let n = 0; n < 5; n++) {
      await state.complete(record(n).url, {
        record: record(n),
        findings: [],
        collected: [],
        probe: { url: record(n).url, status: 200, finalUrl: record(n).url, redirects: [record(n).url] },
      });
    }
    const report = buildReport({
      version: 't',
      startUrl: SITE,
      startedAt: state.startedAt,
      finishedAt: new Date(),
      asOf: '2026-11-23',
      profiles: [],
      pages: await state.pages(),
      findings: [],
      checks: [],
      linksProbed: 0,
    });
    expect(report.pages[1].title).not.toContain('110101199003077571');
    await state.close(report);

    const raw = new Database(db, { readonly: true });
    const stored = JSON.parse((raw.prepare('SELECT report FROM runs').get() as { report: string }).report);
    raw.close();
    expect(stored.pages).toEqual([]);
    expect((await listRuns(db, SITE))[0].report).toEqual(report);
    expect(await latestReport(db, SITE)).toEqual(report);
  });
});
