import type { Command } from 'commander';
import { UsageError } from '../../runtime/errors.ts';
import { loadSitesConfig } from '../sites/sites-config.ts';

const int = (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1)
    throw new UsageError(`需要正整数，收到“${value}”`, `a positive integer is required, got "${value}"`);
  return n;
};

/** `govcheck enqueue` and `govcheck worker`: the distributed mode (BullMQ on Redis, state in PostgreSQL). */
export function addDistributedCommands(program: Command, log: (line: string) => void): void {
  program
    .command('enqueue')
    .description('分布式：每个站点一个任务放入 Redis 队列 / distributed: put one job per site on the Redis queue')
    .requiredOption('--config <file>', '站点配置 YAML/JSON / sites file')
    .requiredOption('--redis <url>', 'Redis 地址 / Redis URL, e.g. redis://127.0.0.1:6379')
    .option('--site <names...>', '只放入这些站点 / only these sites')
    .option('--attempts <n>', '失败后最多尝试次数 / attempts per job', int, 3)
    .option('--backoff <ms>', '首次重试前等待，之后翻倍 / delay before the first retry, doubled after', int, 30_000)
    .action(async (flags: { config: string; redis: string; site?: string[]; attempts: number; backoff: number }) => {
      const { enqueueSites } = await import('./queue.ts');
      const ids = await enqueueSites(await loadSitesConfig(flags.config), flags.redis, flags.site, {
        attempts: flags.attempts,
        backoffMs: flags.backoff,
      });
      process.stdout.write(`已放入 ${ids.length} 个任务 / ${ids.length} jobs enqueued\n`);
    });
  program
    .command('worker')
    .description('分布式：从队列取站点任务并检查，可在多台机器上运行 / distributed: take site jobs and inspect them')
    .requiredOption(
      '--config <file>',
      "本机的站点配置（任务只给出站点名称） / this worker's sites file (jobs only name a site)",
    )
    .requiredOption('--redis <url>', 'Redis 地址 / Redis URL')
    .requiredOption('--db <url>', '共享存储 postgres://… / shared store, postgres://user@host:port/db')
    .option('--concurrency <n>', '本进程同时检查的站点数 / sites at once in this process', int, 1)
    .option(
      '--lock-duration <ms>',
      "任务锁时长：进程被杀后多久由其他进程接手 / how soon a dead worker's job moves on",
      int,
      30_000,
    )
    .option('--reports-dir <dir>', '报告目录（默认取站点配置中的 reportsDir） / report folder')
    .action(
      async (flags: {
        config: string;
        redis: string;
        db: string;
        concurrency: number;
        lockDuration: number;
        reportsDir?: string;
      }) => {
        const { startWorker } = await import('./worker.ts');
        const worker = startWorker({
          redis: flags.redis,
          db: flags.db,
          concurrency: flags.concurrency,
          lockMs: flags.lockDuration,
          reportsDir: flags.reportsDir,
          sites: await loadSitesConfig(flags.config),
          log,
        });
        log(`工作进程已启动 / worker started (pid ${process.pid})`);
        await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
        // A graceful stop finishes the jobs in hand; a killed worker's jobs are recovered by the others.
        await worker.close();
      },
    );
}
