import type { Report } from '../../../shared/model/report.ts';
import { SEVERITIES, type Severity } from '../../../shared/model/finding.ts';
import { DEFAULT_DEADLINE_DAYS, SEVERITY_LABEL } from '../../../shared/report/labels.ts';
import {
  addDays,
  chinaToday,
  crawlDate,
  deadlineStartOf,
  findingRows,
  indicatorTitle,
  resolvedRows,
  type FindingRow,
  type RectifyOptions,
} from '../../../shared/report/rows.ts';
import { summarize } from '../../../shared/report/summary.ts';
import { isUnreachable } from '../../../shared/report/verdict.ts';
import { siteDisplayName } from '../../../shared/report/evidence-text.ts';
import {
  arabicDate,
  chineseDate,
  docNumber,
  type Block,
  type OfficialDocument,
} from '../document/official-document.ts';
import { annexBlocks, kindRequirements } from './notice-annex.ts';

export const DEFAULT_ISSUER = '网站检查组';
/**
 * Rows listed in one notice. Beyond this a notice is hundreds of pages no one reads, and the docx library needs
 * ~190 KB of memory per row (9,750 rows: 1.85 GB); the full list is in the XLSX/HTML/CSV of the same run.
 */
const DEFAULT_MAX_ROWS = 1000;

export interface NoticeOptions extends RectifyOptions {
  /** Most problem rows one notice lists (the most severe first; the findings are sorted that way). */
  maxRows?: number;
}

/**
 * 整改通知 for the whole site, or (with unit) for one responsible unit: its report holds only that unit's
 * findings, and every count and verdict line speaks of those alone.
 */
export function rectificationNotice(report: Report, options: NoticeOptions = {}, unit?: string): OfficialDocument {
  const site = siteDisplayName(report);
  const noticeDate = options.noticeDate ?? chinaToday();
  const dated = { ...options, noticeDate };
  const issuer = options.issuer ?? DEFAULT_ISSUER;
  const rows = findingRows(report, dated);
  const problems = rows.filter((r) => r.statusId !== 'fixed' && !r.category.includes('（待人工'));
  const listed = problems.slice(0, options.maxRows ?? DEFAULT_MAX_ROWS);
  const pending = rows.filter((r) => r.category.includes('（待人工'));
  const requirements = kindRequirements(listed);
  const resolved = resolvedRows(report, dated).filter((r) => unit === undefined || r.unit === unit);
  const annexTitle = `${site}网站检查问题清单`;
  const addressee = unit ?? options.unit ?? `${site}主办单位`;
  const main: Block[] = [
    ...(options.issuer ? [{ kind: 'masthead', text: options.issuer } as const] : []),
    { kind: 'doc-number', text: docNumber(options.docNumber, noticeDate) },
    { kind: 'title', text: `关于${site}网站检查发现问题的整改通知` },
    { kind: 'addressee', text: `${addressee}：` },
    {
      kind: 'paragraph',
      text:
        `根据《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）和《政府网站发展指引》` +
        `（国办发〔2017〕47号）有关要求，${issuer}对${site}网站进行了检查。现将检查发现的问题通知如下，请认真整改。`,
    },
    { kind: 'heading', level: 1, text: '一、检查情况' },
    { kind: 'paragraph', text: scopeText(report, site, unit) },
    { kind: 'heading', level: 1, text: '二、检查结论' },
    {
      kind: 'paragraph',
      text: unit ? unitConclusion(problems, pending, unit) : siteConclusion(report, problems, pending),
    },
    ...indicatorTable(problems),
    { kind: 'heading', level: 1, text: '三、整改要求' },
    {
      kind: 'paragraph',
      text:
        `请对照附件所列问题逐条核实整改。整改时限自本通知印发之日起计算：` +
        `${deadlineText(dated)}。同类问题请举一反三、全面排查。`,
    },
    ...requirements.blocks,
    {
      kind: 'paragraph',
      text:
        `整改完成后，请将整改情况（逐条说明整改措施和完成时间）书面报送${issuer}` +
        `${contactText(options)}。${issuer}将适时组织复查，对逾期未整改或整改不到位的，将予以通报。`,
    },
    ...(pending.length
      ? [
          {
            kind: 'paragraph',
            text:
              `附件所列待人工确认、待人工复核事项（共 ${pending.length} 条）` + '不计入问题总数，请核实后一并反馈。',
          } as const,
        ]
      : []),
    ...recheckBlocks(report, resolved.length),
    { kind: 'paragraph', text: `附件：${annexTitle}` },
    { kind: 'signature', issuer, date: chineseDate(noticeDate), note: noteText(options) },
  ];
  const omitted = listed.length < problems.length ? problems.length : undefined;
  return {
    title: `关于${site}网站检查发现问题的整改通知`,
    sections: [
      { orientation: 'portrait', blocks: main },
      { orientation: 'landscape', blocks: annexBlocks(annexTitle, listed, pending, requirements.referenceOf, omitted) },
    ],
  };
}

function scopeText(report: Report, site: string, unit: string | undefined): string {
  const crawled = crawlDate(report);
  const asOf =
    report.asOf !== crawled ? `，评判基准日为${arabicDate(report.asOf)}（栏目更新等时效性问题按此日期判断）` : '';
  return (
    `检查对象为${site}（${report.site.startUrl}）${unit ? `中由${unit}负责维护的页面` : ''}。` +
    `检查时间为${arabicDate(crawled)}${asOf}。共抓取页面 ${report.stats.pagesFetched} 个，检查页面 ` +
    `${report.stats.pagesChecked} 个，检测链接 ${report.stats.linksProbed} 条。`
  );
}

/** 共 N 条（M 处），其中…: counts by category in Chinese, the same rows the annex lists. */
function countText(problems: FindingRow[]): string {
  const occurrences = problems.reduce((n, r) => n + r.count, 0);
  const byCategory = new Map<string, number>();
  for (const r of problems) byCategory.set(r.category, (byCategory.get(r.category) ?? 0) + 1);
  const parts = [...byCategory.entries()]
    .sort((a, b) => b[1] - a[1])
    .map(([c, n]) => `${c} ${n} 条`)
    .join('、');
  return (
    `共发现问题 ${problems.length} 条${occurrences > problems.length ? `（共 ${occurrences} 处）` : ''}` +
    (parts ? `，其中${parts}` : '')
  );
}

function vetoCount(problems: FindingRow[]): number {
  return problems.filter((r) => r.severityId === 'veto').length;
}

function pendingText(pending: FindingRow[]): string {
  const suspects = pending.filter((r) => r.suspect).length;
  const others = pending.length - suspects;
  const parts = [suspects ? `疑似问题 ${suspects} 条待人工确认` : '', others ? `${others} 条待人工复核` : ''].filter(
    Boolean,
  );
  return parts.length ? `另有${parts.join('、')}，不计入问题总数。` : '';
}

/** The site's verdict (合格/不合格/无法访问 with its reasons), then the counts it rests on. */
function siteConclusion(report: Report, problems: FindingRow[], pending: FindingRow[]): string {
  const summary = summarize(report);
  const vetoes = vetoCount(problems);
  const score = summary.score !== undefined && !isUnreachable(report) ? `，扣分指标估算得分 ${summary.score} 分` : '';
  return (
    `检查结论：${summary.verdict}${score}。${countText(problems)}；单项否决问题 ${vetoes} 条` +
    `。${pendingText(pending)}`
  );
}

/** A unit's notice judges only its own pages: the site's verdict rests on every unit and is not repeated here. */
function unitConclusion(problems: FindingRow[], pending: FindingRow[], unit: string): string {
  const vetoes = vetoCount(problems);
  const judgement =
    vetoes > 0
      ? `${unit}负责的页面存在单项否决问题 ${vetoes} 条，须立即整改`
      : problems.length > 0
        ? `${unit}负责的页面未发现单项否决问题，但存在需整改的问题`
        : `${unit}负责的页面未发现问题`;
  return `${judgement}。${countText(problems)}。${pendingText(pending)}`;
}

function indicatorTable(problems: FindingRow[]): Block[] {
  if (problems.length === 0) return [];
  const counts = new Map<string, { count: number; veto: boolean }>();
  for (const r of problems) {
    for (const id of r.indicatorIds.split('、').filter(Boolean)) {
      const entry = counts.get(id) ?? { count: 0, veto: false };
      counts.set(id, { count: entry.count + 1, veto: entry.veto || r.severityId === 'veto' });
    }
  }
  const ids = [...counts.keys()].sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  return [
    { kind: 'paragraph', text: '按检查指标情况如下：', keepWithNext: true },
    {
      kind: 'table',
      headers: ['指标', '问题数', '结论'],
      widths: [58, 12, 30],
      rows: ids.map((id) => {
        const { count, veto } = counts.get(id)!;
        return [indicatorTitle(id), count, veto ? '单项否决，须立即整改' : '存在问题，需整改'];
      }),
    },
  ];
}

function deadlineText(options: RectifyOptions): string {
  const days = { ...DEFAULT_DEADLINE_DAYS, ...options.deadlineDays };
  const start = deadlineStartOf(options);
  return SEVERITIES.filter((s: Severity) => s !== 'info')
    .map((s) => `${SEVERITY_LABEL[s]}问题于${arabicDate(addDays(start, days[s]))}前整改完毕`)
    .join('，');
}

const contactText = (options: RectifyOptions): string =>
  options.contact || options.phone
    ? `（联系人：${[options.contact, options.phone].filter(Boolean).join('，电话：')}）`
    : '';

/** 附注 under the date: 联系人 and 联系电话. */
export function noteText(options: Pick<RectifyOptions, 'contact' | 'phone'>): string | undefined {
  const parts = [
    options.contact ? `联系人：${options.contact}` : '',
    options.phone ? `联系电话：${options.phone}` : '',
  ].filter(Boolean);
  return parts.length ? parts.join('，') : undefined;
}

function recheckBlocks(report: Report, resolvedCount: number): Block[] {
  const counts = summarize(report).recheck;
  if (!counts) return [];
  return [
    { kind: 'heading', level: 1, text: '四、复核情况' },
    {
      kind: 'paragraph',
      text:
        `与上次检查相比：新发现问题 ${counts.new} 条，仍存在 ${counts.open} 条，已整改 ` +
        `${counts.fixed} 条，因页面本次未检查而未能复查 ${counts.unchecked} 条` +
        `${resolvedCount ? `（已整改或未复查的 ${resolvedCount} 条不再列入附件）` : ''}。`,
    },
  ];
}
