import { readFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import type { Report } from '../../shared/model/report.ts';
import type { UnitMap } from '../../shared/report/units.ts';
import reportSchema from '../../shared/report/report.schema.json' with { type: 'json' };
import { ExitCode, UsageError } from '../runtime/errors.ts';
import { readProblem } from '../runtime/read-problem.ts';
import { parseFormats } from './formats.ts';
import { writeReports } from './write-reports.ts';
import { noticeOptions, type NoticeFlags } from './notice/notice-flags.ts';

/** `govcheck report <report.json> [--format list] [--out DIR] [--previous OLD.json] [--units FILE] [--issuer NAME]` */
export interface ReportCommandArgs extends NoticeFlags {
  /** The JSON report to write other formats from. */
  report: string;
  /** Comma-separated formats; default "html". */
  format?: string;
  /** Output folder; default: the report's folder. Files are named after the report (`<name>.xlsx` …). */
  out?: string;
  /** An earlier JSON report of the same site: adds 复核 (new / still open / fixed). */
  previous?: string;
  /** JSON or YAML file mapping URL prefixes to responsible units: one 整改通知 per unit. */
  units?: string;
}

// Formats are not checked here: the report was made by govcheck and its dates are ISO strings by construction.
// Compiled on first use, not when a crawl loads this module (start-up time).
let validator: ValidateFunction<Report> | undefined;
const reportValidator = () =>
  (validator ??= new Ajv({ allErrors: true, strict: false, validateFormats: false }).compile<Report>(reportSchema));

/** Writes the requested formats from a saved JSON report, prints each path; returns the exit code. */
export async function runReportCommand(args: ReportCommandArgs): Promise<number> {
  const formats = parseFormats(args.format, 'html');
  const notice = noticeOptions(args);
  const report = await readReport(args.report);
  const previous = args.previous ? await readReport(args.previous) : undefined;
  const units = args.units ? await readUnits(args.units) : undefined;
  const base = join(args.out ?? dirname(args.report), basename(args.report).replace(/\.json$/i, ''));
  // Several formats use the base name; a single one is the file itself, so add its extension.
  const out = formats.length === 1 ? `${base}.${formats[0]}` : base;
  if (formats.includes('json') && resolve(`${base}.json`) === resolve(args.report)) {
    throw new UsageError(
      `输出会覆盖输入报告 ${args.report}，请用 --out 指定其他目录`,
      `Writing json would overwrite the input ${args.report}; choose another --out folder`,
    );
  }
  const paths = await writeReports(report, formats, out, { previous, units, ...notice });
  for (const [format, path] of Object.entries(paths)) process.stdout.write(`${format}: ${path}\n`);
  return ExitCode.ok;
}

export async function readReport(path: string): Promise<Report> {
  const data = await readData(path, '报告', 'report');
  const validateReport = reportValidator();
  if (!validateReport(data)) {
    const problems = (validateReport.errors ?? [])
      .slice(0, 5)
      .map((e) => `${e.instancePath} ${e.message}`)
      .join('; ');
    throw new UsageError(
      `${path} 不是有效的 govcheck 报告：${problems}`,
      `${path} is not a valid govcheck report: ${problems}`,
    );
  }
  return data;
}

export async function readUnits(path: string): Promise<UnitMap> {
  const data = await readData(path, '责任单位映射', 'units mapping');
  const valid =
    typeof data === 'object' &&
    data !== null &&
    !Array.isArray(data) &&
    Object.entries(data).every(
      ([prefix, unit]) => /^https?:\/\//.test(prefix) && typeof unit === 'string' && unit.trim(),
    );
  if (!valid) {
    throw new UsageError(`${path} 应为 {"网址前缀": "单位名称"} 形式`, `${path} must map URL prefixes to unit names`);
  }
  return data as UnitMap;
}

async function readData(path: string, zh: string, en: string): Promise<unknown> {
  try {
    const text = await readFile(path, 'utf8');
    return /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    const [whyZh, whyEn] = readProblem(error);
    throw new UsageError(`无法读取${zh} ${path}：${whyZh}`, `Cannot read ${en} ${path}: ${whyEn}`);
  }
}
