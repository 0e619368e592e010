import { readFile } from 'node:fs/promises';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { parseStatusPolicy } from '../../shared/links/status-policy.ts';
import { UsageError } from '../runtime/errors.ts';
import { readProblem } from '../runtime/read-problem.ts';
import { assertCrawlOptions } from './option-rules.ts';
import type { CrawlOptions } from './options.ts';
import { schemaProblems } from './schema-problems.ts';
import configSchema from './config.schema.json' with { type: 'json' };

/** The config file (JSON or YAML): crawl options plus per-check options and the site white-list. */
export interface ConfigFile extends Partial<Omit<CrawlOptions, 'checkOptions'>> {
  /** Per-check options by check id. */
  checkOptions?: Record<string, Record<string, unknown>>;
  /** Terms never reported as typos (people, places, organisations); the extension's marks export this. */
  whitelist?: { terms?: string[] };
  /** Options of the column checks (profiles, siteType, windows, columns …; docs/columns.md), for all three. */
  columns?: Record<string, unknown>;
  /** Finding ids marked 已确认 in the extension (its marks export carries them). */
  confirmed?: string[];
}

const COLUMN_CHECKS = ['column-missing', 'column-empty', 'column-stale'];

// strict off: the generated schema carries `default` and `$comment` for editors.
// Compiled on first use: a crawl without a config file never needs it (start-up time).
let validator: ValidateFunction<ConfigFile> | undefined;
const configValidator = () =>
  (validator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile<ConfigFile>(configSchema));

/** Reads and validates a config file into crawl-option overrides; throws UsageError with every problem. */
export async function loadConfig(path: string): Promise<Partial<CrawlOptions>> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const [zh, en] = readProblem(error);
    throw new UsageError(`无法读取配置文件 ${path}：${zh}`, `Cannot read config file ${path}: ${en}`);
  }
  let data: unknown;
  try {
    data = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    throw new UsageError(
      `配置文件 ${path} 格式错误：${(error as Error).message}`,
      `Config file ${path} does not parse: ${(error as Error).message}`,
    );
  }
  return configToOptions(data, path);
}

export function configToOptions(data: unknown, source = 'config'): Partial<CrawlOptions> {
  // Crawl options first, by the rule the command line uses too (the schema says the same, in other words).
  if (data && typeof data === 'object') {
    try {
      assertCrawlOptions(data);
    } catch (error) {
      const { zh, en } = error as UsageError;
      throw new UsageError(`配置文件 ${source} 不符合要求：${zh}`, `Config file ${source} is invalid: ${en}`);
    }
  }
  const validate = configValidator();
  if (!validate(data)) {
    const { zh, en } = schemaProblems(validate.errors ?? []);
    throw new UsageError(
      `配置文件 ${source} 不符合要求：${zh.join('；')}`,
      `Config file ${source} is invalid: ${en.join('; ')}`,
    );
  }
  try {
    parseStatusPolicy(data.checkOptions?.['link-broken']?.statusPolicy);
  } catch (error) {
    throw new UsageError(
      `配置文件 ${source} 的状态码策略有误：${(error as Error).message}`,
      `Config file ${source} has a bad status policy: ${(error as Error).message}`,
    );
  }
  // `confirmed` travels with the extension's marks export; the crawl has no use for it.
  const { whitelist, columns, checkOptions = {}, confirmed: _confirmed, ...options } = data;
  const merged: Record<string, Record<string, unknown>> = { ...checkOptions };
  // Options under "*" reach every check (the engine merges them under each check's own).
  if (whitelist) merged['*'] = { whitelist, ...merged['*'] };
  // One `columns` block serves the three column checks, which each read their own options.
  if (columns) for (const id of COLUMN_CHECKS) merged[id] = { ...columns, ...merged[id] };
  return { ...options, checkOptions: merged };
}
