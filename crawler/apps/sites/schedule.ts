import { Cron } from 'croner';
import { UsageError } from '../../runtime/errors.ts';
import { probeHomePage } from './availability.ts';
import { runSite } from './run-sites.ts';
import type { SitesConfig } from './sites-config.ts';

export interface Scheduler {
  stop(): void;
}

/**
 * Runs forever: each site's crawl when its cron schedule is due (never two crawls of one site at once),
 * and home-page availability probes every `availability.everyMinutes`.
 */
export function startScheduler(config: SitesConfig, log: (line: string) => void): Scheduler {
  const jobs: Cron[] = [];
  const timers: ReturnType<typeof setInterval>[] = [];
  for (const site of config.sites) {
    if (site.schedule) {
      let job: Cron;
      try {
        // protect: a crawl still running when the next one is due is not started twice.
        job = new Cron(
          site.schedule,
          { protect: true, catch: (e) => log(`检查 ${site.name} 失败：${String(e)}`) },
          async () => {
            await runSite(config, site, log);
          },
        );
      } catch (error) {
        throw new UsageError(
          `站点 ${site.name} 的 schedule 不是有效的 cron 表达式：${site.schedule}`,
          `schedule of site ${site.name} is not a valid cron expression: ${site.schedule} ` +
            `(${(error as Error).message})`,
        );
      }
      jobs.push(job);
      log(`${site.name}：下次检查 ${job.nextRun()?.toISOString() ?? '—'}`);
    }
    const probe = () =>
      probeHomePage(config, site).then(
        (r) => {
          if (!r.ok) log(`${site.name} 首页无法访问（${r.error ?? `HTTP ${r.status}`}，${r.ms} ms）`);
        },
        (e) => log(`${site.name} 可访问性探测出错：${String(e)}`),
      );
    void probe();
    timers.push(setInterval(probe, config.availability.everyMinutes * 60_000));
  }
  return {
    stop() {
      for (const job of jobs) job.stop();
      for (const timer of timers) clearInterval(timer);
    },
  };
}
