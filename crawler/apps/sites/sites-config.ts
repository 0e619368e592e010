import { readFile } from 'node:fs/promises';
import Ajv, { type ValidateFunction } from 'ajv';
import { parse as parseYaml } from 'yaml';
import { configToOptions } from '../../config/config.ts';
import { UsageError } from '../../runtime/errors.ts';
import { readProblem } from '../../runtime/read-problem.ts';
import { resolveOptions, type CrawlOptions } from '../../config/options.ts';
import { schemaProblems } from '../../config/schema-problems.ts';
import type { RectifyOptions } from '../../../shared/report/rows.ts';
import sitesSchema from './sites.schema.json' with { type: 'json' };

export interface SiteEntry {
  name: string;
  url: string;
  unit?: string;
  type?: 'portal' | 'department' | 'township';
  profiles?: string[];
  schedule?: string;
  options?: Record<string, unknown>;
  whitelist?: { terms?: string[] };
  units?: Record<string, string>;
  /** This site's 整改通知 settings over the file's. */
  notice?: NoticeSettings;
}

/** 整改通知 settings of a sites file (落款, 联系人, 电话, 发文字号 pattern, deadline start). */
export interface NoticeSettings {
  issuer?: string;
  contact?: string;
  phone?: string;
  docNumber?: string;
  deadlineStart?: string;
}

/** 通报 settings: the round's name, 主送, 发文字号 pattern, days to report back. */
export interface BulletinSettings {
  round?: string;
  addressee?: string;
  docNumber?: string;
  days?: number;
}

export interface SitesFile {
  db?: string;
  reportsDir?: string;
  formats?: string[];
  defaults?: Record<string, unknown>;
  availability?: Partial<AvailabilitySettings>;
  notice?: NoticeSettings;
  bulletin?: BulletinSettings;
  sites: SiteEntry[];
}

export interface AvailabilitySettings {
  everyMinutes: number;
  timeoutMs: number;
  /** Share of failed visits that fails the site (NAT-V2: 5 %). */
  vetoRatio: number;
}

export interface SitesConfig {
  db: string;
  reportsDir: string;
  formats: string[];
  defaults: Record<string, unknown>;
  availability: AvailabilitySettings;
  notice: NoticeSettings;
  bulletin: BulletinSettings;
  sites: SiteEntry[];
}

// Compiled on first use: only `run`, `schedule` and the dashboard read a sites file (start-up time).
// strict off and verbose as for the config file, whose generated schema it carries (crawlConfig).
let validator: ValidateFunction<SitesFile> | undefined;
const sitesValidator = () =>
  (validator ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile<SitesFile>(sitesSchema));

/** Reads and validates a sites file (YAML or JSON); every problem is listed in one UsageError. */
export async function loadSitesConfig(path: string): Promise<SitesConfig> {
  let data: unknown;
  try {
    const text = await readFile(path, 'utf8');
    data = /\.ya?ml$/i.test(path) ? parseYaml(text) : JSON.parse(text);
  } catch (error) {
    const [zh, en] = readProblem(error);
    throw new UsageError(`无法读取站点配置 ${path}：${zh}`, `Cannot read sites file ${path}: ${en}`);
  }
  const validate = sitesValidator();
  if (!validate(data)) {
    const { zh, en } = schemaProblems(validate.errors ?? []);
    throw new UsageError(
      `站点配置 ${path} 不符合要求：${zh.join('；')}`,
      `Sites file ${path} is invalid: ${en.join('; ')}`,
    );
  }
  const names = data.sites.map((s) => s.name);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  if (duplicate) throw new UsageError(`站点名称重复：${duplicate}`, `Duplicate site name: ${duplicate}`);
  return {
    db: data.db ?? 'govcheck.sqlite',
    reportsDir: data.reportsDir ?? 'reports',
    formats: data.formats ?? ['json', 'html', 'xlsx'],
    defaults: data.defaults ?? {},
    // 72 minutes apart = 20 visits a day, the national rule's minimum (NAT-V2), each allowed 15 s.
    availability: { everyMinutes: 72, timeoutMs: 15_000, vetoRatio: 0.05, ...data.availability },
    notice: data.notice ?? {},
    bulletin: data.bulletin ?? {},
    sites: data.sites,
  };
}

/** Crawl options of one site: defaults, then the site's own options, profiles and white-list. */
export function siteCrawlOptions(config: SitesConfig, site: SiteEntry): CrawlOptions {
  const merged = { ...config.defaults, ...site.options, ...(site.whitelist ? { whitelist: site.whitelist } : {}) };
  return resolveOptions(configToOptions(merged, `sites[${site.name}]`), {
    startUrl: site.url,
    siteName: site.name,
    db: config.db,
    ...(site.profiles ? { profiles: site.profiles } : {}),
  });
}

/** What a site's reports need beyond the crawl: responsible units and the notice settings (site over file). */
export function siteReportOptions(config: SitesConfig, site: SiteEntry): RectifyOptions {
  return { units: site.units, unit: site.unit, ...config.notice, ...site.notice };
}
