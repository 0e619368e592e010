import type { Command } from 'commander';
import type { RectifyOptions } from '../../../shared/report/rows.ts';
import { UsageError } from '../../runtime/errors.ts';

/** The 整改通知 flags `crawl` and `report` share (the same settings as a sites file's `notice` block). */
export interface NoticeFlags {
  unit?: string;
  issuer?: string;
  contact?: string;
  phone?: string;
  docNumber?: string;
  deadlineStart?: string;
}

export function addNoticeFlags(command: Command): Command {
  return command
    .option(
      '--unit <name>',
      "网站主办（责任）单位：整改通知的主送单位，问题清单的责任单位 / the site's responsible unit (notice addressee)",
    )
    .option('--issuer <name>', '整改通知落款单位 / issuer of the 整改通知')
    .option('--contact <name>', '整改通知联系人 / contact person printed on the notice')
    .option('--phone <number>', '整改通知联系电话 / contact phone printed on the notice')
    .option('--doc-number <pattern>', '发文字号，如 "云政办函〔{year}〕{n}号" / document number pattern')
    .option('--deadline-start <date>', '整改时限起算日 YYYY-MM-DD（默认为通知日期） / deadlines count from this day');
}

/** The flags as report options; a malformed date is a usage error naming the flag. */
export function noticeOptions(flags: NoticeFlags): RectifyOptions {
  if (flags.deadlineStart !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(flags.deadlineStart)) {
    throw new UsageError(
      `--deadline-start 应写成 YYYY-MM-DD，例如 --deadline-start 2026-12-01，收到“${flags.deadlineStart}”`,
      `--deadline-start must be YYYY-MM-DD, e.g. --deadline-start 2026-12-01; got "${flags.deadlineStart}"`,
    );
  }
  const { unit, issuer, contact, phone, docNumber, deadlineStart } = flags;
  return Object.fromEntries(
    Object.entries({ unit, issuer, contact, phone, docNumber, deadlineStart }).filter(([, v]) => v !== undefined),
  );
}
