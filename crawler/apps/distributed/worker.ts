import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { Redis } from 'ioredis';
import { runSite, writeSiteReports } from '../sites/run-sites.ts';
import { siteCrawlOptions, type SitesConfig } from '../sites/sites-config.ts';
import { PgState } from '../../store/pg-state.ts';
import { listRuns } from '../../store/run-history.ts';
import { QUEUE_NAME, redisOptions, type SiteJob } from './queue.ts';
import { RedisHostLimiter } from './redis-host-limiter.ts';

export interface WorkerSettings {
  redis: string;
  /** The worker's own sites file: every site's URL, options, folders and formats come from it, never from a job. */
  sites: SitesConfig;
  /** The shared store: a postgres:// URL (or a SQLite file, for a single machine). */
  db: string;
  /** Sites crawled at once by this process. */
  concurrency: number;
  /**
   * How long a job stays locked without its worker renewing the lock: a killed worker's job is handed to
   * another worker after about this long, and its claimed URLs are taken over.
   */
  lockMs: number;
  /** Overrides its sites file's reportsDir (each machine writes the reports of the sites it crawled). */
  reportsDir?: string;
  log: (line: string) => void;
}

export interface SiteJobResult {
  pages: number;
  findings: number;
  resumed: boolean;
  paths: Record<string, string>;
}

const RUN_ID = /^[\w.:-]{1,64}$/;
/** Text from the shared Redis as it may be printed: no control characters (no terminal escapes). */
const printable = (text: string) => text.replace(/[\u0000-\u001f\u007f-\u009f]/g, '?');

/**
 * What a job may say, checked: a site name and a run id, both short strings. Anything else on the job
 * (folders, options, URLs, a whole site entry) is ignored.
 */
export function trustedJob(data: unknown): SiteJob {
  const { site, runId } = (data ?? {}) as Record<string, unknown>;
  if (typeof site !== 'string' || !site || site.length > 200 || typeof runId !== 'string' || !RUN_ID.test(runId)) {
    throw new UnrecoverableError(
      '任务格式无效（只接受站点名称和运行编号） / malformed job (a site name and a run id only)',
    );
  }
  return { site, runId };
}

/**
 * The worker's own configuration for the site a job names, with the worker's store; an unfinished run of the
 * site is continued. A name the sites file does not know fails the job for good (no retries).
 */
export function jobConfig(data: unknown, settings: Pick<WorkerSettings, 'db' | 'reportsDir' | 'sites'>): SitesConfig {
  const job = trustedJob(data);
  const site = settings.sites.sites.find((s) => s.name === job.site);
  if (!site) {
    const name = printable(job.site);
    throw new UnrecoverableError(
      `站点“${name}”不在本工作进程的站点配置中 / site "${name}" is not in this worker's sites file`,
    );
  }
  return {
    ...settings.sites,
    db: settings.db,
    reportsDir: settings.reportsDir ?? settings.sites.reportsDir,
    defaults: { ...settings.sites.defaults, resume: true },
    // Availability probes belong to `govcheck schedule`; a worker only crawls.
    availability: { everyMinutes: 72, timeoutMs: 15_000, vetoRatio: 0.05 },
    sites: [site],
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
    const limiter = new RedisHostLimiter(
      limiterRedis,
      options.concurrency,
      options.delayMs,
      options.timeoutMs * 2 + 5_000,
    );
    // A retry after the crawl itself finished (reports could not be written, or the worker died just then)
    // reports that run rather than crawling the site again.
    const finished = (await listRuns(config.db, options.startUrl)).find(
      (r) => r.report && r.finishedAt && Date.parse(r.finishedAt) >= job.timestamp,
    );
    const { report, paths } = finished?.report
      ? { report: finished.report, paths: await writeSiteReports(config, site, finished.report) }
      : await runSite(config, site, settings.log, limiter);
    const crawl = report.sections.crawl;
    return {
      pages: report.stats.pagesFetched,
      findings: report.findings.length,
      resumed: crawl?.resumed === true,
      paths,
    };
  };
  const worker = new Worker<SiteJob, SiteJobResult>(QUEUE_NAME, processJob, {
    connection: redisOptions(settings.redis),
    concurrency: settings.concurrency,
    lockDuration: settings.lockMs,
    stalledInterval: settings.lockMs,
    maxStalledCount: 2,
  });
  const nameOf = (job?: Job) => printable(job?.name ?? '?');
  worker.on('completed', (job, result) =>
    settings.log(`任务完成 / job done: ${nameOf(job)}（${result.pages} 个页面${result.resumed ? '，续抓' : ''}）`),
  );
  worker.on('failed', (job, error) =>
    settings.log(`任务失败 / job failed: ${nameOf(job)}（第 ${job?.attemptsMade ?? '?'} 次）：${error.message}`),
  );
  worker.on('error', (error) => settings.log(`队列错误 / queue error: ${error.message}`));
  worker.on('closed', () => void limiterRedis.quit().catch(() => undefined));
  return worker;
}
