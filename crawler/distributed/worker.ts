import { Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { runSite, writeSiteReports } from '../sites/run-sites.ts';
import { siteCrawlOptions, type SitesConfig } from '../sites/sites-config.ts';
import { PgState } from '../store/pg-state.ts';
import { listRuns } from '../store/run-history.ts';
import { QUEUE_NAME, redisOptions, type SiteJob } from './queue.ts';
import { RedisHostLimiter } from './redis-host-limiter.ts';

export interface WorkerSettings {
  redis: string;
  /** The shared store: a postgres:// URL (or a SQLite file, for a single machine). */
  db: string;
  /** Sites crawled at once by this process. */
  concurrency: number;
  /**
   * How long a job stays locked without its worker renewing the lock: a killed worker's job is handed to
   * another worker after about this long, and its claimed URLs are taken over.
   */
  lockMs: number;
  /** Overrides the sites file's reportsDir (each machine writes the reports of the sites it crawled). */
  reportsDir?: string;
  log: (line: string) => void;
}

export interface SiteJobResult {
  pages: number;
  findings: number;
  resumed: boolean;
  paths: Record<string, string>;
}

/** The sites-file settings a job carries, with the worker's store; an unfinished run of the site is continued. */
export function jobConfig(job: SiteJob, settings: Pick<WorkerSettings, 'db' | 'reportsDir'>): SitesConfig {
  return {
    db: settings.db, reportsDir: settings.reportsDir ?? job.reportsDir, formats: job.formats,
    defaults: { ...job.defaults, resume: true },
    // Availability probes belong to `govcheck schedule`; a worker only crawls.
    availability: { everyMinutes: 72, timeoutMs: 15_000, vetoRatio: 0.05 },
    sites: [job.site],
  };
}

/**
 * Takes site jobs until closed: crawls each into the shared store with per-host politeness shared through
 * Redis, writes the reports, and lets BullMQ retry a failed job or hand a stalled one (its worker died)
 * to another worker, which resumes the same run from the store.
 */
export function startWorker(settings: WorkerSettings): Worker<SiteJob, SiteJobResult> {
  PgState.claimLeaseMs = settings.lockMs;
  const limiterRedis = new Redis(redisOptions(settings.redis));
  const processJob = async (job: Job<SiteJob, SiteJobResult>): Promise<SiteJobResult> => {
    const config = jobConfig(job.data, settings);
    const site = config.sites[0];
    const options = siteCrawlOptions(config, site);
    // A lease outlives one request's own time limit (timeout × 2, see HttpClient).
    const limiter = new RedisHostLimiter(limiterRedis, options.concurrency, options.delayMs, options.timeoutMs * 2 + 5_000);
    // A retry after the crawl itself finished (reports could not be written, or the worker died just then)
    // reports that run rather than crawling the site again.
    const finished = (await listRuns(config.db, options.startUrl))
      .find((r) => r.report && r.finishedAt && Date.parse(r.finishedAt) >= job.timestamp);
    const { report, paths } = finished?.report
      ? { report: finished.report, paths: await writeSiteReports(config, site, finished.report) }
      : await runSite(config, site, settings.log, limiter);
    const crawl = report.sections.crawl as { resumed?: boolean } | undefined;
    return { pages: report.stats.pagesFetched, findings: report.findings.length, resumed: crawl?.resumed === true, paths };
  };
  const worker = new Worker<SiteJob, SiteJobResult>(QUEUE_NAME, processJob, {
    connection: redisOptions(settings.redis), concurrency: settings.concurrency,
    lockDuration: settings.lockMs, stalledInterval: settings.lockMs, maxStalledCount: 2,
  });
  worker.on('completed', (job, result) => settings.log(`任务完成 / job done: ${job.name}（${result.pages} 个页面${result.resumed ? '，续抓' : ''}）`));
  worker.on('failed', (job, error) => settings.log(`任务失败 / job failed: ${job?.name ?? '?'}（第 ${job?.attemptsMade ?? '?'} 次）：${error.message}`));
  worker.on('error', (error) => settings.log(`队列错误 / queue error: ${error.message}`));
  worker.on('closed', () => void limiterRedis.quit().catch(() => undefined));
  return worker;
}
