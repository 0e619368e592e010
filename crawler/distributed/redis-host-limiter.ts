import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { RequestLimiter } from '../fetch/host-limiter.ts';

// One atomic step per request start, on Redis's clock (workers' clocks may differ): drop leases whose holder
// died, refuse when the host already has `concurrency` requests in flight, else take a lease and reserve the
// next start slot `delay` ms after the previous one. Returns how long to wait before starting, or -1 (full).
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local concurrency, delay, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= concurrency then return -1 end
local start = math.max(now, tonumber(redis.call('GET', KEYS[2]) or '0'))
redis.call('SET', KEYS[2], start + delay, 'PX', delay + lease)
redis.call('ZADD', KEYS[1], start + lease, ARGV[4])
redis.call('PEXPIRE', KEYS[1], lease * 2)
return start - now`;

// How often a request waiting for a full host asks again (plus jitter, so waiters do not ask in step).
const POLL_MS = 25;

/**
 * Per-host politeness shared by every worker on one Redis: at most `concurrency` requests in flight per host
 * and `delayMs` between request starts, whichever machine sends them. A lease outlives a request's own
 * time limit, so a killed worker's slots free themselves.
 */
export class RedisHostLimiter implements RequestLimiter {
  constructor(private readonly redis: Redis, private readonly concurrency: number, private readonly delayMs: number,
    private readonly leaseMs: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    const keys = [`govcheck:host:${host}:leases`, `govcheck:host:${host}:next`];
    const lease = randomUUID();
    for (;;) {
      const wait = Number(await this.redis.eval(ACQUIRE, 2, ...keys, this.concurrency, this.delayMs, this.leaseMs, lease));
      if (wait >= 0) {
        if (wait > 0) await sleep(wait);
        break;
      }
      await sleep(POLL_MS + Math.random() * POLL_MS);
    }
    try {
      return await task();
    } finally {
      await this.redis.zrem(keys[0], lease).catch(() => undefined);
    }
  }
}
