import { randomUUID } from 'node:crypto';
import { Queue } from 'bullmq';
import { UsageError } from '../../runtime/errors.ts';
import type { SitesConfig } from '../sites/sites-config.ts';

export const QUEUE_NAME = 'govcheck-sites';

/**
 * All a job says: which site (by name) and which round of enqueueing. Whoever can write to the Redis may put
 * anything on the queue, so a worker takes nothing else from it: the site's URL, options, folders and
 * formats come from the worker's own sites file.
 */
export interface SiteJob {
  site: string;
  runId: string;
}

export interface RedisConnection {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  /** rediss:// — TLS, certificate checked. */
  tls?: { servername: string };
  maxRetriesPerRequest: null;
}

/**
 * ioredis options from a redis:// or rediss:// (TLS) URL (BullMQ needs maxRetriesPerRequest null on blocking
 * connections). The password may come from GOVCHECK_REDIS_PASSWORD instead of the URL, so that it is in no
 * command line or process list.
 */
export function redisOptions(url: string, env: NodeJS.ProcessEnv = process.env): RedisConnection {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new UsageError(
      `Redis 地址无效：需要 redis://主机:端口 或 rediss://（TLS）`,
      'Invalid Redis URL: redis://host:port or rediss:// (TLS) expected',
    );
  }
  if (u.protocol !== 'redis:' && u.protocol !== 'rediss:') {
    throw new UsageError(
      `Redis 地址只能以 redis://（明文）或 rediss://（TLS）开头，收到 ${u.protocol}`,
      `A Redis URL starts with redis:// (plain) or rediss:// (TLS), got ${u.protocol}`,
    );
  }
  const host = u.hostname.replace(/^\[(.*)\]$/, '$1') || '127.0.0.1';
  const password = u.password ? decodeURIComponent(u.password) : env.GOVCHECK_REDIS_PASSWORD;
  return {
    host,
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(password ? { password } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    ...(u.protocol === 'rediss:' ? { tls: { servername: host } } : {}),
    maxRetriesPerRequest: null,
  };
}

/** Retries of a failed site crawl, with exponential back-off from `backoffMs`. */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** Puts one job per site on the queue; returns the job ids. */
export async function enqueueSites(
  config: SitesConfig,
  redisUrl: string,
  names: string[] = [],
  retry: RetryPolicy = { attempts: 3, backoffMs: 30_000 },
): Promise<string[]> {
  const sites = names.length ? config.sites.filter((s) => names.includes(s.name)) : config.sites;
  const queue = new Queue<SiteJob, unknown, string>(QUEUE_NAME, { connection: redisOptions(redisUrl) });
  const runId = randomUUID();
  try {
    const jobs = await queue.addBulk(
      sites.map((site) => ({
        name: site.name,
        data: { site: site.name, runId },
        opts: {
          attempts: retry.attempts,
          backoff: { type: 'exponential', delay: retry.backoffMs },
          removeOnComplete: 10_000,
          removeOnFail: 10_000,
        },
      })),
    );
    return jobs.map((j) => j.id ?? '');
  } finally {
    await queue.close();
  }
}
