import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chinaToday } from '../../../shared/report/rows.ts';
import { ExitCode, UsageError } from '../../runtime/errors.ts';
import { documentToHtml } from '../../report/document/document-html.ts';
import { documentToDocx } from '../../report/docx/document-docx.ts';
import { htmlToPdf } from '../../report/pdf-report.ts';
import { loadSitesConfig, type SitesConfig } from '../sites/sites-config.ts';
import { bulletinDocument, siteResult } from './bulletin-document.ts';
import { bulletinXlsx } from './bulletin-xlsx.ts';
import { loadRound } from './round.ts';

/** `govcheck bulletin --config sites.yaml [--run latest|ID] [--out DIR] [--date YYYY-MM-DD]` */
export interface BulletinArgs {
  config: string;
  run?: string;
  /** Output folder; default reportsDir of the sites file. */
  out?: string;
  /** 成文日期; today (China time) by default. */
  date?: string;
}

export const BULLETIN_FORMATS = ['docx', 'pdf', 'xlsx'] as const;
export type BulletinFormat = (typeof BULLETIN_FORMATS)[number];

/** One file of the round's 通报 (the CLI writes all three; the dashboard serves one on demand). */
export async function renderBulletin(
  config: SitesConfig,
  format: BulletinFormat,
  which = 'latest',
  date = chinaToday(),
): Promise<Uint8Array> {
  const round = await loadRound(config, which);
  const doc = bulletinDocument(round, { notice: config.notice, bulletin: config.bulletin, date });
  if (format === 'docx') return documentToDocx(doc);
  if (format === 'pdf') return htmlToPdf(documentToHtml(doc), undefined, true);
  return bulletinXlsx(doc.title, round.map(siteResult));
}

/** 通报-<date>.<ext>: the name the files get on disk and as downloads. */
export const bulletinName = (date: string, format: BulletinFormat): string => `通报-${date}.${format}`;

/** Writes the 通报 (DOCX, PDF) and its 汇总表 (XLSX) from the stored runs; returns the paths by format. */
export async function writeBulletin(args: BulletinArgs): Promise<Record<string, string>> {
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) {
    throw new UsageError(
      `--date 应写成 YYYY-MM-DD，例如 --date 2026-12-01，收到“${args.date}”`,
      `--date must be YYYY-MM-DD, e.g. --date 2026-12-01; got "${args.date}"`,
    );
  }
  const config = await loadSitesConfig(args.config);
  const date = args.date ?? chinaToday();
  const dir = resolve(args.out ?? config.reportsDir);
  await mkdir(dir, { recursive: true });
  const paths: Record<string, string> = {};
  for (const format of BULLETIN_FORMATS) {
    paths[format] = join(dir, bulletinName(date, format));
    await writeFile(paths[format], await renderBulletin(config, format, args.run ?? 'latest', date));
  }
  return paths;
}

export async function runBulletinCommand(args: BulletinArgs): Promise<number> {
  const paths = await writeBulletin(args);
  for (const [format, path] of Object.entries(paths)) process.stdout.write(`${format}: ${path}\n`);
  return ExitCode.ok;
}
