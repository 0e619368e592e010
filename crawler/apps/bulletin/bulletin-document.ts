import { CATEGORY_LABEL } from '../../../shared/report/labels.ts';
import type { Category } from '../../../shared/model/finding.ts';
import { officialText, siteDisplayName } from '../../../shared/report/evidence-text.ts';
import { addDays, chinaToday, crawlDate, findingRows } from '../../../shared/report/rows.ts';
import { summarize } from '../../../shared/report/summary.ts';
import {
  arabicDate,
  chineseDate,
  chineseNumber,
  docNumber,
  type Block,
  type OfficialDocument,
} from '../../report/document/official-document.ts';
import { annexBlocks, ownRequirement } from '../../report/notice/notice-annex.ts';
import { DEFAULT_ISSUER, noteText } from '../../report/notice/rectification-notice.ts';
import type { BulletinSettings, NoticeSettings } from '../sites/sites-config.ts';
import { ROUND_VERDICT_LABEL, type RoundEntry } from './round.ts';

export interface BulletinOptions {
  notice: NoticeSettings;
  bulletin: BulletinSettings;
  /** 成文日期 (yyyy-mm-dd); today in China by default. */
  date?: string;
}

const DEFAULT_DAYS = 15;

/** One site's line of the round: the numbers every part of the 通报 (and its XLSX) takes from its run. */
export interface SiteResult {
  name: string;
  unit: string;
  url: string;
  runId?: number;
  date: string;
  verdict: string;
  score?: number;
  problems: number;
  vetoes: number;
  suspects: number;
  incomplete: number;
  byCategory: Partial<Record<Category, number>>;
  /** Why 不合格 or 无法访问 (the verdict's reasons). */
  reasons: string;
}

export function siteResult(entry: RoundEntry): SiteResult {
  const base = {
    name: entry.site.name,
    unit: entry.site.unit ?? '',
    url: entry.site.url,
    verdict: ROUND_VERDICT_LABEL[entry.verdict],
  };
  if (!entry.report) {
    return { ...base, date: '', problems: 0, vetoes: 0, suspects: 0, incomplete: 0, byCategory: {}, reasons: '' };
  }
  const summary = summarize(entry.report);
  const verdict = entry.report.sections.verdict;
  const suspects = entry.report.findings.filter((f) => f.outcome === 'incomplete' && f.data.suspect === true).length;
  return {
    ...base,
    runId: entry.runId,
    date: crawlDate(entry.report),
    ...(entry.verdict === 'unreachable' || summary.score === undefined ? {} : { score: summary.score }),
    problems: summary.failures,
    vetoes: summary.vetoes,
    suspects,
    incomplete: summary.incomplete - suspects,
    byCategory: Object.fromEntries(summary.byCategory.map((t) => [t.key, t.count])),
    reasons: verdict?.reasons.map((r) => officialText(r.zh)).join('；') ?? '',
  };
}

const percent = (part: number, whole: number): string => (whole ? `${Math.round((part / whole) * 1000) / 10}%` : '—');

/** 通报 of a round: 总体情况, 主要问题 by category naming the sites, 整改要求, and a problem list per site. */
export function bulletinDocument(round: RoundEntry[], options: BulletinOptions): OfficialDocument {
  const date = options.date ?? chinaToday();
  const issuer = options.notice.issuer ?? DEFAULT_ISSUER;
  const checked = round.filter((e) => e.report);
  const results = checked.map(siteResult);
  const count = (label: string) => results.filter((r) => r.verdict === label).length;
  const [pass, fail, unreachable] = ['合格', '不合格', '无法访问'].map(count);
  const dates = results.map((r) => r.date).sort();
  const period =
    dates.length === 0
      ? ''
      : dates[0] === dates.at(-1)
        ? arabicDate(dates[0])
        : `${arabicDate(dates[0])}至${arabicDate(dates.at(-1)!)}`;
  const last = dates.at(-1);
  const round_ = options.bulletin.round ?? (last ? `${Number(last.slice(0, 4))}年${Number(last.slice(5, 7))}月` : '');
  const title = `关于${round_}政府网站检查情况的通报`;
  const days = options.bulletin.days ?? DEFAULT_DAYS;
  const annexed = checked.map((e, i) => ({
    entry: e,
    label: `附件${i + 1}`,
    title: `${siteDisplayName(e.report!)}网站检查问题清单`,
  }));
  const unchecked = round.length - checked.length;
  const main: Block[] = [
    ...(options.notice.issuer ? [{ kind: 'masthead', text: options.notice.issuer } as const] : []),
    { kind: 'doc-number', text: docNumber(options.bulletin.docNumber, date) },
    { kind: 'title', text: title },
    { kind: 'addressee', text: `${options.bulletin.addressee ?? '各有关单位'}：` },
    {
      kind: 'paragraph',
      text:
        `根据《政府网站与政务新媒体检查指标》（国办秘函〔2019〕19号）和《政府网站发展指引》` +
        `（国办发〔2017〕47号）有关要求，${issuer}${period ? `于${period}` : ''}对${results.length}个政府网站进行了` +
        `检查。` +
        '现将有关情况通报如下：',
    },
    { kind: 'heading', level: 1, text: '一、总体情况' },
    {
      kind: 'paragraph',
      text:
        `本次共检查政府网站 ${results.length} 个，其中合格 ${pass} 个，不合格 ${fail} 个，` +
        `无法访问 ${unreachable} 个，合格率 ${percent(pass, results.length)}` +
        `${unchecked ? `；另有 ${unchecked} 个网站本轮未检查` : ''}。${namedSites(results)}`,
    },
    {
      kind: 'table',
      headers: ['序号', '网站名称', '主办单位', '检查时间', '检查结论', '得分', '单项否决', '问题数'],
      widths: [7, 22, 18, 15, 11, 8, 11, 8],
      rows: results.map((r, i) => [
        i + 1,
        r.name,
        r.unit,
        r.date ? arabicDate(r.date) : '',
        r.verdict,
        r.score ?? '—',
        r.verdict === '无法访问' ? '—' : r.vetoes,
        r.verdict === '无法访问' ? '—' : r.problems,
      ]),
    },
    { kind: 'heading', level: 1, text: '二、主要问题' },
    ...mainProblems(checked, results),
    { kind: 'heading', level: 1, text: '三、整改要求' },
    {
      kind: 'paragraph',
      text:
        `（一）各网站主办单位要对照附件所列问题逐条整改，举一反三、全面排查，于` +
        `${arabicDate(addDays(date, days))}前将书面整改报告（逐条说明整改措施和完成时间）报送${issuer}。`,
    },
    {
      kind: 'paragraph',
      text:
        '（二）存在单项否决问题的网站要立即整改，查明原因，落实责任；被植入暗链或违规内容的，' +
        '要保留证据，排查网站安全隐患，并按要求报告。',
    },
    { kind: 'paragraph', text: '（三）无法访问的网站要立即排查恢复；确需关停或迁移的，按规定履行报备手续。' },
    { kind: 'paragraph', text: `（四）${issuer}将在整改期满后组织复查，复查结果另行通报。` },
    ...annexed.map(
      (a, i): Block => ({
        kind: 'paragraph',
        text: `${i === 0 ? '附件：' : '\u3000\u3000\u3000'}${i + 1}．${a.title}`,
      }),
    ),
    { kind: 'signature', issuer, date: chineseDate(date), note: noteText(options.notice) },
  ];
  return {
    title,
    sections: [
      { orientation: 'portrait', blocks: main },
      ...annexed.map(({ entry, label, title: annexTitle }) => ({
        orientation: 'landscape' as const,
        blocks: siteAnnex(entry, label, annexTitle, date),
      })),
    ],
  };
}

/** 不合格 and 无法访问 sites by name, with why. */
function namedSites(results: SiteResult[]): string {
  const failed = results
    .filter((r) => r.verdict === '不合格')
    .map((r) => `${r.name}（${r.reasons || `单项否决问题 ${r.vetoes} 条`}）`);
  const down = results.filter((r) => r.verdict === '无法访问').map((r) => `${r.name}（${r.reasons}）`);
  return [
    failed.length ? `不合格网站：${failed.join('；')}。` : '',
    down.length ? `无法访问网站：${down.join('；')}。` : '',
  ].join('');
}

/** （n）category: how many sites, how many problems, each site named with its count, and one example. */
function mainProblems(checked: RoundEntry[], results: SiteResult[]): Block[] {
  const categories = [...new Set(results.flatMap((r) => Object.keys(r.byCategory) as Category[]))];
  const total = (c: Category) => results.reduce((n, r) => n + (r.byCategory[c] ?? 0), 0);
  categories.sort((a, b) => total(b) - total(a));
  if (categories.length === 0) return [{ kind: 'paragraph', text: '本次检查未发现问题。' }];
  return categories.map((category, i) => {
    const sites = results
      .filter((r) => r.byCategory[category])
      .sort((a, b) => b.byCategory[category]! - a.byCategory[category]!);
    const example = checked.flatMap((e) =>
      e
        .report!.findings.filter((f) => f.outcome === 'fail' && f.category === category)
        .map((f) => `${e.site.name}：${officialText(f.message.zh)}`),
    )[0];
    return {
      kind: 'paragraph',
      text:
        `（${chineseNumber(i + 1)}）${CATEGORY_LABEL[category] ?? category}。` +
        `${sites.length} 个网站存在此类问题，共 ${total(category)} 条：` +
        `${sites.map((r) => `${r.name} ${r.byCategory[category]} 条`).join('，')}。${example ? `如${example}。` : ''}`,
    };
  });
}

function siteAnnex(entry: RoundEntry, label: string, title: string, noticeDate: string): Block[] {
  const report = entry.report!;
  if (entry.verdict === 'unreachable') {
    return [
      { kind: 'annex-label', text: label },
      { kind: 'title', text: title },
      { kind: 'paragraph', text: `检查时网站无法访问：${siteResult(entry).reasons}。` },
    ];
  }
  const rows = findingRows(report, { unit: entry.site.unit, units: entry.site.units, noticeDate });
  const pending = rows.filter((r) => r.category.includes('（待人工'));
  const problems = rows.filter((r) => !r.category.includes('（待人工'));
  return annexBlocks(title, problems, pending, ownRequirement, undefined, label);
}
