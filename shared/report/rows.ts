import type { Finding, Severity } from '../model/finding.ts';
import type { Report } from '../model/report.ts';
import { INDICATOR_BY_ID } from '../indicators/catalog.ts';
import { recheckOf, statusOf } from './diff.ts';
import { CATEGORY_LABEL, DEFAULT_DEADLINE_DAYS, SEVERITY_LABEL, STATUS_LABEL, type RectifyStatus } from './labels.ts';
import { columnFinder } from './page-columns.ts';
import { unitOf, type UnitMap } from './units.ts';
import { contextParts, markedContext, officialText, type ContextParts } from './evidence-text.ts';

/** Options every rectification format shares. */
export interface RectifyOptions {
  /** URL prefix → responsible unit (DOCX: one 整改通知 per unit). */
  units?: UnitMap;
  /** The site's responsible unit (sites.yaml `unit`, `--unit`): 主送 of the notice, 责任单位 of unmapped pages. */
  unit?: string;
  /** Days after the deadline start to fix a problem, by severity. */
  deadlineDays?: Partial<Record<Severity, number>>;
  /** 落款: who issues the notice. */
  issuer?: string;
  /** 联系人 and 电话 printed under the notice (附注). */
  contact?: string;
  phone?: string;
  /** 发文字号 pattern, e.g. "云公开办函〔{year}〕{n}号"; {year} is the notice's year, {n} a blank to fill in. */
  docNumber?: string;
  /** 成文日期 (yyyy-mm-dd): the day the notice is written; today (China time) by default. */
  noticeDate?: string;
  /** Deadlines count from this day (yyyy-mm-dd); the notice date by default. */
  deadlineStart?: string;
}

/** Today in China (yyyy-mm-dd): notices are dated by the office's calendar, not the machine's zone. */
export const chinaToday = (): string => new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** The crawl's start as a China-time date: 检查时间 is when the site was looked at. */
export const crawlDate = (report: Report): string =>
  new Date(report.startedAt).toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });

/** The day deadlines count from: the configured start, else the notice date, else today. */
export const deadlineStartOf = (options: RectifyOptions): string =>
  options.deadlineStart ?? options.noticeDate ?? chinaToday();

/** One line of the 问题清单: the columns of the XLSX / CSV / DOCX / HTML tables, as display text. */
export interface FindingRow {
  index: number;
  id: string;
  checkId: string;
  category: string;
  indicators: string;
  /** Indicator ids only, for narrow tables. */
  indicatorIds: string;
  severity: string;
  severityId: Severity;
  column: string;
  pageTitle: string;
  url: string;
  pageCount: number;
  description: string;
  original: string;
  /** Links: the target address. */
  target: string;
  /** The sentence around the problem with the wrong text in 【】, else the original text. */
  context: string;
  /** The same sentence in parts, for formats that mark the wrong text themselves (HTML <mark>). */
  contextParts?: ContextParts;
  /** Occurrences grouped into this finding (C1; 1 when not grouped). */
  count: number;
  suggestion: string;
  /** 整改建议 of the finding (markup-free zh text) and the kind of problem it belongs to (check + message). */
  fix: string;
  fixKind: string;
  /** C2 疑似: a weak signal for a person to confirm, with the check's confidence (0..1). */
  suspect: boolean;
  confidence: number;
  /** Inline image (data URL) or a file name/path, as the crawler stored it in data.screenshot. */
  evidence: string;
  deadline: string;
  status: string;
  statusId: RectifyStatus;
  unit: string;
}

export const ROW_HEADERS: readonly [keyof FindingRow, string][] = [
  ['index', '序号'],
  ['category', '问题类别'],
  ['indicators', '对应指标'],
  ['severity', '严重程度'],
  ['column', '所属栏目'],
  ['pageTitle', '页面标题'],
  ['url', '页面地址'],
  ['pageCount', '涉及页面数'],
  ['description', '问题描述'],
  ['context', '原文与上下文'],
  ['count', '出现次数'],
  ['suggestion', '建议修改'],
  ['evidence', '证据截图'],
  ['deadline', '整改时限'],
  ['status', '整改状态'],
  ['unit', '责任单位'],
];

/** C2: a suspect finding (待人工确认) and its confidence. */
export const isSuspect = (f: Finding): boolean => f.outcome === 'incomplete' && f.data.suspect === true;
export const confidenceOf = (f: Finding): number => (typeof f.data.confidence === 'number' ? f.data.confidence : 0);
/** C1: how many occurrences one finding stands for. */
export const occurrencesOf = (f: Finding): number => f.count ?? 1;

/** Current findings as rows (report order), numbered from 1. */
export function findingRows(report: Report, options: RectifyOptions = {}): FindingRow[] {
  const pages = pageInfo(report);
  return report.findings.map((f, i) => toRow(report, pages, f, i + 1, statusOf(report, f), options));
}

/** Findings of the previous report that are gone now (已整改 / 本次未复查), numbered after the current ones. */
export function resolvedRows(report: Report, options: RectifyOptions = {}): FindingRow[] {
  const resolved = recheckOf(report)?.resolved ?? [];
  const pages = pageInfo(report);
  return resolved.map((r, i) => toRow(report, pages, r.finding, report.findings.length + i + 1, r.status, options));
}

export function indicatorTitle(id: string): string {
  const indicator = INDICATOR_BY_ID.get(id);
  return indicator ? `${id} ${indicator.title}` : id;
}

interface PageInfo {
  titles: Map<string, string>;
  columnOf: (url: string) => string | undefined;
}

function pageInfo(report: Report): PageInfo {
  return {
    titles: new Map(
      report.pages.flatMap(
        (p) =>
          [
            [p.finalUrl, p.title],
            [p.url, p.title],
          ] as [string, string][],
      ),
    ),
    columnOf: columnFinder(report),
  };
}

function toRow(
  report: Report,
  pages: PageInfo,
  f: Finding,
  index: number,
  statusId: RectifyStatus,
  options: RectifyOptions,
): FindingRow {
  const days = { ...DEFAULT_DEADLINE_DAYS, ...options.deadlineDays }[f.severity];
  const open = statusId !== 'fixed' && statusId !== 'unchecked';
  const suspect = isSuspect(f);
  const original = f.text ?? f.target ?? f.location?.snippet ?? '';
  return {
    index,
    id: f.id,
    checkId: f.checkId,
    category: `${CATEGORY_LABEL[f.category] ?? f.category}${
      suspect ? '（待人工确认）' : f.outcome === 'incomplete' ? '（待人工复核）' : ''
    }`,
    indicators: f.indicators.map(indicatorTitle).join('；'),
    indicatorIds: f.indicators.join('、'),
    severity: SEVERITY_LABEL[f.severity] ?? f.severity,
    severityId: f.severity,
    column: f.column ?? pages.columnOf(f.url) ?? '',
    pageTitle: pages.titles.get(f.url) ?? '',
    url: f.url,
    pageCount: f.pageCount ?? 1,
    description: f.message.zh,
    original,
    target: f.target ?? '',
    context: markedContext(f) || original,
    ...(contextParts(f) ? { contextParts: contextParts(f) } : {}),
    count: occurrencesOf(f),
    suggestion: f.suggestion ? `改为“${f.suggestion}”` : f.fix.zh,
    fix: officialText(f.fix.zh),
    fixKind: `${f.checkId}|${f.messageId}`,
    suspect,
    confidence: confidenceOf(f),
    evidence: stringData(f, 'screenshot'),
    deadline: open ? addDays(deadlineStartOf(options), days) : '',
    status: STATUS_LABEL[statusId],
    statusId,
    unit: unitOf(f.url, options.units) ?? options.unit ?? '',
  };
}

function stringData(f: Finding, key: string): string {
  const value = f.data[key];
  return typeof value === 'string' ? value : '';
}

/** yyyy-mm-dd plus days, computed in UTC so the date never shifts with the machine's zone. */
export function addDays(isoDate: string, days: number): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
