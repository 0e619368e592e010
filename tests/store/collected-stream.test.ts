import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { CompletedPage, CrawlState } from '../../crawler/store/crawl-state.ts';
import { MemoryState } from '../../crawler/store/memory-state.ts';
import { COLLECTED_BATCH } from '../../crawler/store/read-collected.ts';
import { SqliteState } from '../../crawler/store/sqlite-state.ts';

// Site checks read what they collected back from the store as a stream, one check at a time: the store must
// hand it out lazily (never the whole table at once) and afresh for each pass.

const dirs: string[] = [];
afterAll(() => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

async function sqliteState(): Promise<CrawlState> {
  const dir = await mkdtemp(join(tmpdir(), 'govcheck-collected-'));
  dirs.push(dir);
  return SqliteState.open(join(dir, 'state.sqlite'), 'http://127.0.0.1/', {}, 10_000, false);
}

const completed = (n: number): CompletedPage => ({
  record: {
    url: `http://127.0.0.1/${n}.html`,
    finalUrl: `http://127.0.0.1/${n}.html`,
    status: 200,
    contentType: 'text/html',
    title: `${n}`,
    depth: 1,
    rendered: false,
  },
  probe: { url: `http://127.0.0.1/${n}.html`, status: 200, finalUrl: `http://127.0.0.1/${n}.html`, redirects: [] },
  findings: [],
  collected: [
    ['links', { page: n }],
    ['columns', { column: `c${n}` }],
  ],
});

async function fill(state: CrawlState, from: number, to: number): Promise<void> {
  for (let n = from; n < to; n++) await state.complete(`http://127.0.0.1/${n}.html`, completed(n));
}

describe.each([
  ['SqliteState', sqliteState],
  ['MemoryState', async (): Promise<CrawlState> => new MemoryState(10_000)],
])('%s.collected(checkId)', (_, open) => {
  const pages = COLLECTED_BATCH * 2 + 7;

  it("streams one check's items in crawl order, across batches, afresh for each pass", async () => {
    const state = await open();
    await fill(state, 0, pages);
    const read = async () => {
      const items: unknown[] = [];
      for await (const item of state.collected('links')) items.push(item);
      return items;
    };
    const expected = Array.from({ length: pages }, (_, n) => ({ page: n }));
    expect(await read()).toEqual(expected);
    expect(await read()).toEqual(expected);
    const columns = state.collected('columns')[Symbol.asyncIterator]();
    expect((await columns.next()).value).toEqual({ column: 'c0' });
    await state.close();
  });

  it('reads lazily: items stored after a pass began still reach it', async () => {
    const state = await open();
    await fill(state, 0, COLLECTED_BATCH);
    const seen: number[] = [];
    for await (const item of state.collected('links')) {
      seen.push((item as { page: number }).page);
      // A store that read everything up front would never see pages completed from here on.
      if (seen.length === 1) await fill(state, COLLECTED_BATCH, pages);
    }
    expect(seen).toEqual(Array.from({ length: pages }, (_, n) => n));
    await state.close();
  });
});

describe('SqliteState.crawled', () => {
  it('answers the link probe from the pages table, also after a resume, holding no page in memory', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'govcheck-crawled-'));
    dirs.push(dir);
    const path = join(dir, 'state.sqlite');
    const first = SqliteState.open(path, 'http://127.0.0.1/', {}, 100, false);
    await fill(first, 0, 3);
    expect(first.crawled.get('http://127.0.0.1/1.html')).toEqual(completed(1).probe);
    expect(first.crawled.get('http://127.0.0.1/9.html')).toBeUndefined();
    await first.close();
    const resumed = SqliteState.open(path, 'http://127.0.0.1/', {}, 100, true);
    expect(resumed.resumed).toBe(true);
    expect(resumed.crawled.get('http://127.0.0.1/2.html')).toEqual(completed(2).probe);
    expect(resumed.crawled).not.toBeInstanceOf(Map);
    await resumed.close();
  });
});
