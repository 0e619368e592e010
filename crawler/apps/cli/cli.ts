import { Command, CommanderError } from 'commander';
import { hasVeto } from '../../../shared/report/build-report.ts';
import type { Report } from '../../../shared/model/report.ts';
import { isUnreachable, verdictNotices } from '../../../shared/report/verdict.ts';
import { loadConfig } from '../../config/config.ts';
import { ExitCode, UsageError } from '../../runtime/errors.ts';
import { addCrawlFlags, crawlOptionsFromFlags } from './option-flags.ts';
import { resolveOptions } from '../../config/options.ts';
import { closingSummary, showProgress, stageLine } from './progress.ts';
import { withRecheck } from '../../../shared/report/diff.ts';
import { addNoticeFlags, noticeOptions, type NoticeFlags } from '../../report/notice/notice-flags.ts';
import type { BulletinArgs } from '../bulletin/bulletin-command.ts';
import { parseFormats, REPORT_FORMATS } from '../../report/formats.ts';
import type { ReportCommandArgs } from '../../report/report-command.ts';
import { VERSION } from '../../runtime/version.ts';
import { addDistributedCommands } from '../distributed/commands.ts';
import { loadSitesConfig } from '../sites/sites-config.ts';

// Each command loads its modules when it runs: Chromium, Excel, Word, BullMQ … cost seconds of start-up
// that a links-only crawl or `--help` should not pay.

/** An integer flag value; the error names the flag and shows how to write it. */
const int = (flag: string, example: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n)) {
    throw new UsageError(
      `${flag} 需要整数，例如 ${flag} ${example}，收到“${value}”`,
      `${flag} needs an integer, e.g. ${flag} ${example}; got "${value}"`,
    );
  }
  return n;
};

export function defaultOut(startUrl: string, asOf: string): string {
  return `reports/${new URL(startUrl).host.replace(/[^\w.-]/g, '_')}-${asOf}`;
}

/** The crawl command's own flags; crawl options come from crawler/option-table.ts. */
interface CrawlFlags extends NoticeFlags {
  format?: string;
  out?: string;
  config?: string;
  quiet?: boolean;
  previous?: string;
  units?: string;
}

async function crawlCommand(url: string, flags: CrawlFlags, command: Command): Promise<number> {
  // Judged before the crawl's modules load: a usage error answers at once.
  const fromConfig = flags.config ? await loadConfig(flags.config) : {};
  const options = resolveOptions(fromConfig, { startUrl: url, ...crawlOptionsFromFlags(command) });
  const [{ Inspector }, { evidenceDirFor, writeReports }, { readReport, readUnits }] = await Promise.all([
    import('../../crawl/crawl.ts'),
    import('../../report/write-reports.ts'),
    import('../../report/report-command.ts'),
  ]);
  const formats = parseFormats(flags.format, 'json');
  const out = flags.out ?? defaultOut(options.startUrl, options.asOf);
  const previous = flags.previous ? await readReport(flags.previous) : undefined;
  const units = flags.units ? await readUnits(flags.units) : undefined;
  const inspector = new Inspector({ ...options, evidenceDir: options.evidenceDir ?? evidenceDirFor(out) });
  const stop = flags.quiet ? () => undefined : showProgress(inspector);
  const report = await inspector.run().finally(stop);
  if (!flags.quiet) process.stderr.write(stageLine('write'));
  const paths = await writeReports(report, formats, out, { previous, units, ...noticeOptions(flags) });
  process.stderr.write(closingSummary(previous ? withRecheck(report, previous) : report));
  for (const notice of verdictNotices(report)) process.stderr.write(`注意：${notice.zh}\nNote: ${notice.en}\n`);
  for (const [format, path] of Object.entries(paths)) process.stdout.write(`${format}: ${path}\n`);
  return exitCodeOf([report]);
}

/** 2 when any report has a veto finding, else 4 when a start page was unreachable (无法访问), else 0. */
function exitCodeOf(reports: Report[]): number {
  if (reports.some(hasVeto)) return ExitCode.veto;
  return reports.some(isUnreachable) ? ExitCode.unreachable : ExitCode.ok;
}

export function buildProgram(): Command {
  const program = new Command('govcheck')
    .description('政府网站质量检查 / Chinese government website inspector')
    .version(VERSION)
    .exitOverride()
    .showHelpAfterError();
  addNoticeFlags(
    addCrawlFlags(
      program
        .command('crawl')
        .description('抓取整个网站并检查 / crawl a site and check every page')
        .argument('<url>', '起始地址 / start URL'),
    )
      .option('--format <list>', `报告格式 / report formats (${REPORT_FORMATS.join(',')})`, 'json')
      .option('--out <path>', '报告文件（多种格式时为文件名前缀） / report file, or base name for several formats')
      .option('--config <file>', '配置文件 JSON/YAML / config file')
      .option(
        '--previous <report>',
        '上一次的 JSON 报告：各格式标明新增、仍存在、已整改 / previous JSON report, for 复核',
      )
      .option('--units <file>', '责任单位映射 JSON/YAML：每个单位一份整改通知 / URL prefix → responsible unit')
      .option('--quiet', '不显示进度 / no progress output')
      .action(async (url: string, flags: CrawlFlags, command: Command) => {
        program.setOptionValue('exitCode', await crawlCommand(url, flags, command));
      }),
  );
  addNoticeFlags(
    program
      .command('report')
      .description('由 JSON 报告生成其他格式 / write other formats from a JSON report')
      .argument('<report>', 'JSON 报告 / the JSON report')
      .option('--format <list>', `格式 / formats (${REPORT_FORMATS.join(',')})`, 'html')
      .option('--out <dir>', '输出目录 / output folder')
      .option('--previous <report>', '上一次的 JSON 报告，用于复核 / previous JSON report, for 复核')
      .option('--units <file>', '责任单位映射 JSON/YAML / URL prefix → responsible unit')
      .action(async (report: string, flags: Omit<ReportCommandArgs, 'report'>) => {
        const { runReportCommand } = await import('../../report/report-command.ts');
        program.setOptionValue('exitCode', await runReportCommand({ report, ...flags }));
      }),
  );
  program
    .command('bulletin')
    .description(
      '按已保存的检查结果写一轮检查的通报（DOCX、PDF）和汇总表（XLSX） / write the 通报 of a round from the stored' +
        ' runs',
    )
    .requiredOption('--config <file>', '站点配置 YAML/JSON / sites file')
    .option(
      '--run <id>',
      '哪一轮：latest（各站点最近一次）或某次检查的编号 / latest, or the id of a run of the round',
      'latest',
    )
    .option('--out <dir>', '输出目录（默认为站点配置的 reportsDir） / output folder (default: reportsDir)')
    .option('--date <date>', '成文日期 YYYY-MM-DD（默认今天） / date of the 通报 (default today)')
    .action(async (flags: BulletinArgs) => {
      const { runBulletinCommand } = await import('../bulletin/bulletin-command.ts');
      program.setOptionValue('exitCode', await runBulletinCommand(flags));
    });
  const log = (line: string) => process.stderr.write(`${new Date().toISOString()} ${line}\n`);
  program
    .command('run')
    .description('按站点配置把每个站点检查一次（供系统 cron 调用） / inspect every configured site once')
    .requiredOption('--config <file>', '站点配置 YAML/JSON / sites file')
    .option('--site <names...>', '只检查这些站点 / only these sites')
    .action(async (flags: { config: string; site?: string[] }) => {
      const { runAllSites } = await import('../sites/run-sites.ts');
      const runs = await runAllSites(await loadSitesConfig(flags.config), flags.site, log);
      for (const run of runs)
        for (const [format, path] of Object.entries(run.paths))
          process.stdout.write(`${run.site.name} ${format}: ${path}\n`);
      program.setOptionValue('exitCode', exitCodeOf(runs.map((r) => r.report)));
    });
  program
    .command('schedule')
    .description(
      '常驻运行：按 cron 定时检查各站点并探测首页可访问性 / run forever: scheduled crawls and availability probes',
    )
    .requiredOption('--config <file>', '站点配置 YAML/JSON / sites file')
    .action(async (flags: { config: string }) => {
      const { startScheduler } = await import('../sites/schedule.ts');
      const scheduler = startScheduler(await loadSitesConfig(flags.config), log);
      await new Promise<void>((resolve) => process.once('SIGINT', resolve).once('SIGTERM', resolve));
      scheduler.stop();
    });
  program
    .command('history')
    .description('某站点历次检查的问题趋势 / the trend of one site over its runs')
    .argument('<site>', '站点名称 / site name (as in the sites file)')
    .requiredOption('--config <file>', '站点配置 YAML/JSON / sites file')
    .action(async (name: string, flags: { config: string }) => {
      const config = await loadSitesConfig(flags.config);
      const site = config.sites.find((s) => s.name === name);
      if (!site) throw new UsageError(`站点配置中没有“${name}”`, `No site named "${name}" in ${flags.config}`);
      const { siteHistory } = await import('../sites/history.ts');
      process.stdout.write(`${await siteHistory(config, site)}\n`);
    });
  program
    .command('serve')
    .description('本地检查台：浏览历次检查、复核与报告 / local dashboard over the run history (docs/dashboard.md)')
    .option('--db <path>', '检查数据库 / the store the crawls write')
    .option('--config <file>', '站点配置 YAML/JSON（可从检查台重新检查） / sites file (enables re-crawls)')
    .option('--port <n>', '端口 / port', int('--port', '8080'))
    .option('--host <host>', '监听地址，默认 127.0.0.1 / bind address (default 127.0.0.1)')
    .action(async (flags: { db?: string; config?: string; port?: number; host?: string }) => {
      const { runServe } = await import('../dashboard/serve-command.ts');
      program.setOptionValue('exitCode', await runServe(flags, log));
    });
  addDistributedCommands(program, log);
  program
    .command('demo')
    .description('启动内置示例县政府网站并检查 / serve the bundled demo county site and inspect it')
    .option('--out <dir>', '报告目录 / report folder', 'reports')
    .option('--serve', '检查后继续提供示例网站 / keep serving the demo site afterwards')
    .action(async (flags: { out: string; serve?: boolean }) => {
      const { runDemo } = await import('../demo/run-demo.ts');
      program.setOptionValue('exitCode', await runDemo(flags));
    });
  return program;
}

/** Runs the CLI; returns the exit code (README "Exit codes"). */
export async function main(argv: string[]): Promise<number> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
    return (program.getOptionValue('exitCode') as number | undefined) ?? ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    if (error instanceof UsageError) {
      process.stderr.write(`错误：${error.zh}\nError: ${error.en}\n`);
      return ExitCode.badInput;
    }
    const written = writeFailure(error as NodeJS.ErrnoException);
    if (written) {
      process.stderr.write(written);
      return ExitCode.unexpected;
    }
    process.stderr.write(
      `意外错误：${(error as Error).stack ?? String(error)}\nUnexpected error (please report it).\n`,
    );
    return ExitCode.unexpected;
  }
}

/** A report that could not be written (disk full, no permission): a plain message instead of a stack. */
function writeFailure(error: NodeJS.ErrnoException): string | undefined {
  const reasons: Record<string, [string, string]> = {
    ENOSPC: ['磁盘空间不足', 'the disk is full'],
    EDQUOT: ['磁盘配额已用完', 'the disk quota is used up'],
    EACCES: ['没有写入权限', 'permission denied'],
    EPERM: ['没有写入权限', 'permission denied'],
    EROFS: ['文件系统只读', 'the file system is read-only'],
  };
  const why = reasons[error?.code ?? ''];
  if (!why) return undefined;
  const where = error.path ?? '';
  return (
    `错误：无法写入 ${where}：${why[0]}。请释放空间或用 --out 指定其他位置后重试。\n` +
    `Error: cannot write ${where}: ${why[1]}. Free some space or choose another place with --out, then retry.\n`
  );
}
