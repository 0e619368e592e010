import { Queue } from 'bullmq';
import type { SiteEntry, SitesConfig } from '../sites/sites-config.ts';

export const QUEUE_NAME = 'govcheck-sites';

/** What a worker needs to inspect one site; the store (--db) is the worker's own setting. */
export interface SiteJob {
  site: SiteEntry;
  reportsDir: string;
  formats: string[];
  defaults: Record<string, unknown>;
}

export interface RedisConnection {
  host: string;
  port: number;
  username?: string;
  password?: string;
  db?: number;
  maxRetriesPerRequest: null;
}

/** ioredis options from a redis:// URL (BullMQ needs maxRetriesPerRequest null on blocking connections). */
export function redisOptions(url: string): RedisConnection {
  const u = new URL(url);
  return {
    host: u.hostname || '127.0.0.1',
    port: Number(u.port || 6379),
    ...(u.username ? { username: decodeURIComponent(u.username) } : {}),
    ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    ...(u.pathname.length > 1 ? { db: Number(u.pathname.slice(1)) } : {}),
    maxRetriesPerRequest: null,
  };
}

/** Retries of a failed site crawl, with exponential back-off from `backoffMs`. */
export interface RetryPolicy {
  attempts: number;
  backoffMs: number;
}

/** Puts one job per site on the queue; returns the job ids. */
export async function enqueueSites(config: SitesConfig, redisUrl: string, names: string[] = [],
  retry: RetryPolicy = { attempts: 3, backoffMs: 30_000 }): Promise<string[]> {
  const sites = names.length ? config.sites.filter((s) => names.includes(s.name)) : config.sites;
  const queue = new Queue<SiteJob, unknown, string>(QUEUE_NAME, { connection: redisOptions(redisUrl) });
  try {
    const jobs = await queue.addBulk(sites.map((site) => ({
      name: site.name,
      data: { site, reportsDir: config.reportsDir, formats: config.formats, defaults: config.defaults },
      opts: { attempts: retry.attempts, backoff: { type: 'exponential', delay: retry.backoffMs },
        removeOnComplete: 10_000, removeOnFail: 10_000 },
    })));
    return jobs.map((j) => j.id ?? '');
  } finally {
    await queue.close();
  }
}
