import { randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import type { RequestLimiter } from '../../fetch/host-limiter.ts';

// One atomic step per grant, on Redis's clock (workers' clocks may differ): drop leases whose holder died;
// refuse (-1) when the host already has `concurrency` requests in flight, or when a request let go has not
// left yet (the next one's delay counts from its send, not yet known); else take a lease, note it unsent,
// and return how long to wait before the earliest next send.
const ACQUIRE = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local concurrency, delay, lease = tonumber(ARGV[1]), tonumber(ARGV[2]), tonumber(ARGV[3])
redis.call('ZREMRANGEBYSCORE', KEYS[1], '-inf', now)
redis.call('ZREMRANGEBYSCORE', KEYS[3], '-inf', now)
if redis.call('ZCARD', KEYS[1]) >= concurrency or redis.call('ZCARD', KEYS[3]) > 0 then return -1 end
redis.call('ZADD', KEYS[1], now + lease, ARGV[4])
redis.call('PEXPIRE', KEYS[1], lease * 2)
if delay > 0 then
  redis.call('ZADD', KEYS[3], now + lease, ARGV[4])
  redis.call('PEXPIRE', KEYS[3], lease * 2)
end
return math.max(0, tonumber(redis.call('GET', KEYS[2]) or '0') - now)`;

// A request has left (this runs after it did, so Redis's clock can only overstate the send time): the next
// may leave `delay` ms from now.
const SENT = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local delay, lease = tonumber(ARGV[1]), tonumber(ARGV[2])
local next = math.max(now + delay, tonumber(redis.call('GET', KEYS[1]) or '0'))
redis.call('SET', KEYS[1], next, 'PX', delay + lease)
redis.call('ZREM', KEYS[2], ARGV[3])
return 0`;

// How often a request waiting for a full host asks again (plus jitter, so waiters do not ask in step).
const POLL_MS = 25;

/**
 * Per-host politeness shared by every worker on one Redis: at most `concurrency` requests in flight per host
 * and `delayMs` between requests as they leave, whichever machine sends them. A lease outlives a request's
 * own time limit, so a killed worker's slots free themselves.
 */
export class RedisHostLimiter implements RequestLimiter {
  constructor(
    private readonly redis: Redis,
    private readonly concurrency: number,
    private readonly delayMs: number,
    private readonly leaseMs: number,
  ) {}

  async run<T>(host: string, task: (sent: () => void) => Promise<T>): Promise<T> {
    const [leases, next, unsent] = ['leases', 'next', 'unsent'].map((key) => `govcheck:host:${host}:${key}`);
    const lease = randomUUID();
    for (;;) {
      const wait = Number(
        await this.redis.eval(ACQUIRE, 3, leases, next, unsent, this.concurrency, this.delayMs, this.leaseMs, lease),
      );
      if (wait >= 0) {
        if (wait > 0) await sleep(wait);
        break;
      }
      await sleep(POLL_MS + Math.random() * POLL_MS);
    }
    let reported: Promise<unknown> | undefined;
    const sent = () => {
      if (this.delayMs > 0)
        reported ??= this.redis.eval(SENT, 2, next, unsent, this.delayMs, this.leaseMs, lease).catch(() => undefined);
    };
    try {
      return await task(sent);
    } finally {
      sent();
      await reported;
      await this.redis.zrem(leases, lease).catch(() => undefined);
    }
  }
}
