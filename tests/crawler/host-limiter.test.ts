import { describe, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const gaps = (times: number[]) => times.slice(1).map((t, i) => t - times[i]);

describe('HostLimiter', () => {
  it('counts --delay from when a request leaves, not from when it was let go', async () => {
    const limiter = new HostLimiter(2, 50);
    const left: number[] = [];
    // The first request takes 40 ms to leave (a new connection); the others leave at once.
    const request = (leavesAfterMs: number) =>
      limiter.run('site:80', async (sent) => {
        await sleep(leavesAfterMs);
        left.push(performance.now());
        sent();
        await sleep(10);
      });
    await Promise.all([request(40), request(0), request(0)]);
    for (const gap of gaps(left)) expect(gap).toBeGreaterThanOrEqual(50);
  });

  it('takes a request that never says it left as sent when it ended', async () => {
    const limiter = new HostLimiter(2, 30);
    const events: [string, number][] = [];
    await Promise.all([
      limiter.run('site:80', async () => {
        await sleep(40);
        events.push(['first ended', performance.now()]);
      }),
      limiter.run('site:80', async () => void events.push(['second let go', performance.now()])),
    ]);
    expect(events.map(([what]) => what)).toEqual(['first ended', 'second let go']);
    expect(events[1][1] - events[0][1]).toBeGreaterThanOrEqual(30);
  });

  it('keeps hosts apart, and without a delay lets requests go together up to the concurrency', async () => {
    const limiter = new HostLimiter(2, 0);
    let active = 0;
    let peak = 0;
    const request = () =>
      limiter.run('site:80', async () => {
        peak = Math.max(peak, ++active);
        await sleep(20);
        active--;
      });
    const held = new HostLimiter(1, 10_000);
    await held.run('slow:80', async () => undefined);
    // Another host is not held up by slow:80's 10 s delay.
    await Promise.all([request(), request(), request(), held.run('other:80', async () => undefined)]);
    expect(peak).toBe(2);
  });
});
