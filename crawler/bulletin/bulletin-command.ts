import { mkdir, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { chinaToday } from '../../shared/report/rows.ts';
import { ExitCode, UsageError } from '../errors.ts';
import { documentToHtml } from '../report/document/document-html.ts';
import { documentToDocx } from '../report/docx/document-docx.ts';
import { htmlToPdf } from '../report/pdf-report.ts';
import { loadSitesConfig } from '../sites/sites-config.ts';
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

/** Writes the 通报 (DOCX, PDF) and its 汇总表 (XLSX) from the stored runs; returns the paths by format. */
export async function writeBulletin(args: BulletinArgs): Promise<Record<string, string>> {
  if (args.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(args.date)) {
    throw new UsageError(`--date 应写成 YYYY-MM-DD，例如 --date 2026-12-01，收到“${args.date}”`,
      `--date must be YYYY-MM-DD, e.g. --date 2026-12-01; got "${args.date}"`);
  }
  const config = await loadSitesConfig(args.config);
  const round = await loadRound(config, args.run ?? 'latest');
  const date = args.date ?? chinaToday();
  const doc = bulletinDocument(round, { notice: config.notice, bulletin: config.bulletin, date });
  const dir = resolve(args.out ?? config.reportsDir);
  await mkdir(dir, { recursive: true });
  const base = join(dir, `通报-${date}`);
  const paths = { docx: `${base}.docx`, pdf: `${base}.pdf`, xlsx: `${base}.xlsx` };
  await writeFile(paths.docx, await documentToDocx(doc));
  await writeFile(paths.pdf, await htmlToPdf(documentToHtml(doc), undefined, true));
  await writeFile(paths.xlsx, await bulletinXlsx(doc.title, round.map(siteResult)));
  return paths;
}

export async function runBulletinCommand(args: BulletinArgs): Promise<number> {
  const paths = await writeBulletin(args);
  for (const [format, path] of Object.entries(paths)) process.stdout.write(`${format}: ${path}\n`);
  return ExitCode.ok;
}
