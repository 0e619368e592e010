import { describe, expect, it } from 'vitest';
import { createFetchLinkProbe } from '@/entrypoints/background/fetch-link-probe.ts';
import { probeOncePerTarget } from '@/entrypoints/inspector.content/probe-once.ts';
import type { ProbeResult } from '@/shared/checks/link-probe.ts';

/** A fetch that records how many requests each host has in flight and answers after a tick. */
function countingFetch(status: (url: string, method: string) => number) {
  const inFlight = new Map<string, number>();
  const peak = new Map<string, number>();
  const fetch = async (url: string | URL | Request, init?: RequestInit) => {
    const host = new URL(String(url)).host;
    inFlight.set(host, (inFlight.get(host) ?? 0) + 1);
    peak.set(host, Math.max(peak.get(host) ?? 0, inFlight.get(host)!));
    await new Promise((r) => setTimeout(r, 5));
    inFlight.set(host, inFlight.get(host)! - 1);
    return new Response(null, { status: status(String(url), init?.method ?? 'GET') });
  };
  return { fetch: fetch as typeof globalThis.fetch, peak };
}

const allowAll = async () => true;

describe('background link probe', () => {
  it('keeps at most perHost requests in flight per host, hosts in parallel', async () => {
    const { fetch, peak } = countingFetch(() => 200);
    const probe = createFetchLinkProbe({ perHost: 2, timeoutMs: 5000, mayFetch: allowAll, fetch });
    const urls = [...Array(6)].flatMap((_, i) => [`http://127.0.0.1:1/${i}`, `http://localhost:2/${i}`]);
    const results = await Promise.all(urls.map((u) => probe.probe(u)));
    expect(results.every((r) => r.status === 200)).toBe(true);
    expect(Object.fromEntries(peak)).toEqual({ '127.0.0.1:1': 2, 'localhost:2': 2 });
  });

  it('retries with GET when a server refuses HEAD', async () => {
    const { fetch } = countingFetch((_, method) => (method === 'HEAD' ? 405 : 200));
    const probe = createFetchLinkProbe({ perHost: 2, timeoutMs: 5000, mayFetch: allowAll, fetch });
    expect(await probe.probe('http://127.0.0.1:1/doc.pdf')).toMatchObject({ status: 200 });
  });

  it('reports network failures, timeouts, bad URLs and other schemes without fetching them', async () => {
    const failing = (async () => {
      throw new TypeError('Failed to fetch');
    }) as typeof globalThis.fetch;
    const hanging = ((_: unknown, init?: RequestInit) =>
      new Promise((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      )) as typeof globalThis.fetch;
    const base = { perHost: 1, timeoutMs: 20, mayFetch: allowAll };
    expect(await createFetchLinkProbe({ ...base, fetch: failing }).probe('http://127.0.0.1:1/')).toMatchObject({
      status: 0,
      error: 'other',
      errorMessage: 'Failed to fetch',
    });
    expect(await createFetchLinkProbe({ ...base, fetch: hanging }).probe('http://127.0.0.1:1/')).toMatchObject({
      error: 'timeout',
    });
    expect(await createFetchLinkProbe({ ...base, fetch: failing }).probe('http://[bad')).toMatchObject({
      error: 'bad-url',
    });
    expect(await createFetchLinkProbe({ ...base, fetch: failing }).probe('ftp://127.0.0.1/a')).toMatchObject({
      error: 'unsupported-scheme',
    });
  });

  it('asks the background once per distinct target in one run, and tallies hosts without permission', async () => {
    const asked: string[] = [];
    const background = {
      bodiless: true,
      probe: async (url: string): Promise<ProbeResult> => {
        asked.push(url);
        const base = { url, status: url.includes('gov.cn') ? 0 : 200, finalUrl: url, redirects: [url] };
        return url.includes('gov.cn') ? { ...base, skipped: 'no-host-permission' } : base;
      },
    };
    const run = probeOncePerTarget(background);
    const targets = [...Array(50)].map((_, i) =>
      i % 5 === 4 ? `http://www.example.gov.cn:8080/${i % 10}` : `http://127.0.0.1:1/${i % 10}`,
    );
    await Promise.all(targets.map((t) => run.probe(t)));
    expect(asked.sort()).toEqual([...new Set(targets)].sort());
    expect(run.bodiless).toBe(true);
    expect(run.unchecked()).toEqual({ count: 2, origins: ['http://www.example.gov.cn/*'] });
    // A new run asks again: a link fixed meanwhile shows as fixed.
    await probeOncePerTarget(background).probe(targets[0]);
    expect(asked.filter((u) => u === targets[0])).toHaveLength(2);
  });
});
