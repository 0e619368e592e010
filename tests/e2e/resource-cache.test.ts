import { describe, expect, it } from 'vitest';
import { ResourceCache } from '../../crawler/render/resource-cache.ts';
import type { FetchedDocument } from '../../crawler/render/tab-router.ts';

const answer = (url: string, bytes: number, status = 200, headers: Record<string, string> = {}): FetchedDocument => ({
  url,
  status,
  headers,
  body: new Uint8Array(bytes),
});

/** Counts the loads it was asked for. */
function loader(response: FetchedDocument) {
  const calls = { count: 0 };
  return {
    calls,
    load: async () => {
      calls.count++;
      return response;
    },
  };
}

describe('template resources kept for the tabs', () => {
  it('loads a style sheet once, also for tabs asking at the same time', async () => {
    const cache = new ResourceCache();
    const css = loader(answer('/s.css', 10));
    const got = await Promise.all([1, 2, 3].map(() => cache.through('/s.css', 'stylesheet', css.load)));
    await cache.through('/s.css', 'stylesheet', css.load);
    expect(css.calls.count).toBe(1);
    expect(got.every((g) => g.body.length === 10)).toBe(true);
  });

  it('keeps no documents, errors or no-store answers', async () => {
    const cache = new ResourceCache();
    for (const [type, response] of [
      ['document', answer('/a', 5)],
      ['script', answer('/b', 5, 404)],
      ['image', answer('/c', 5, 200, { 'cache-control': 'private, no-store' })],
    ] as const) {
      const { calls, load } = loader(response);
      await cache.through(response.url, type, load);
      await cache.through(response.url, type, load);
      expect(calls.count, response.url).toBe(2);
    }
  });

  it('lets the least recently used go when full, and never keeps an oversized one', async () => {
    const cache = new ResourceCache(25, 12);
    const loads = Object.fromEntries(
      ['/a', '/b', '/c', '/big'].map((u) => [u, loader(answer(u, u === '/big' ? 13 : 10))]),
    );
    const ask = (u: string) => cache.through(u, 'image', loads[u].load);
    await ask('/a');
    await ask('/b');
    await ask('/a'); // /a is now the most recent
    await ask('/c'); // 30 bytes > 25: /b goes
    await ask('/big');
    await ask('/big');
    for (const u of ['/a', '/c', '/b']) await ask(u);
    expect(Object.fromEntries(Object.entries(loads).map(([u, l]) => [u, l.calls.count]))).toEqual({
      '/a': 1,
      '/b': 2,
      '/c': 1,
      '/big': 2,
    });
  });
});
