import { SEVERITIES } from '../../../shared/model/finding.ts';
import { SEVERITY_LABEL } from '../../../shared/report/labels.ts';
import { documentUrl, officialText } from '../../../shared/report/evidence-text.ts';
import { indicatorTitle, type FindingRow } from '../../../shared/report/rows.ts';
import { arabicDate, chineseNumber, type Block, type TableCell } from '../document/official-document.ts';

const HEADERS = ['序号', '栏目/页面', '问题', '原文与上下文', '依据指标', '整改要求', '整改时限'];
const WIDTHS = [5, 17, 19, 21, 16, 13, 9];

/** 整改要求 stated once per kind of problem, and what each annex row then says in its 整改要求 column. */
export interface KindRequirements {
  blocks: Block[];
  referenceOf: (row: FindingRow) => string;
}

/**
 * One （n） paragraph per category: the fix the category's rows share, written once. A row whose fix is its own
 * (a column-specific instruction) keeps it in the annex; typo rows give the correction itself.
 */
export function kindRequirements(rows: FindingRow[]): KindRequirements {
  const byCategory = new Map<string, FindingRow[]>();
  for (const row of rows) byCategory.set(row.category, [...(byCategory.get(row.category) ?? []), row]);
  const shared = new Map<string, { fix: string; item: number }>();
  const blocks: Block[] = [...byCategory.entries()].map(([category, group], i) => {
    const fixes = new Map<string, number>();
    for (const r of group) fixes.set(r.fix, (fixes.get(r.fix) ?? 0) + 1);
    const [fix, uses] = [...fixes.entries()].sort((a, b) => b[1] - a[1])[0];
    const common = fix && (uses > 1 || group.length === 1);
    if (common) shared.set(category, { fix, item: i + 1 });
    return {
      kind: 'paragraph',
      text:
        `（${chineseNumber(i + 1)}）${category}（${group.length} 条）：` +
        `${common ? fix : '按附件“整改要求”栏逐条整改。'}`,
    };
  });
  return {
    blocks,
    referenceOf: (row) => {
      if (row.suggestion.startsWith('改为')) return row.suggestion;
      const kind = shared.get(row.category);
      return kind && kind.fix === row.fix ? `见正文第三部分（${chineseNumber(kind.item)}）` : row.fix;
    },
  };
}

/** The landscape annex: the problems by severity, then what needs a person (疑似 by confidence, then 复核). */
export function annexBlocks(
  title: string,
  problems: FindingRow[],
  pending: FindingRow[],
  referenceOf: (row: FindingRow) => string,
  omittedTotal?: number,
  label = '附件',
): Block[] {
  const groups: [string, FindingRow[]][] = [
    ...SEVERITIES.map((s): [string, FindingRow[]] => [
      `${SEVERITY_LABEL[s]}问题`,
      problems.filter((r) => r.severityId === s),
    ]),
    ['待人工确认（疑似）', pending.filter((r) => r.suspect).sort((a, b) => b.confidence - a.confidence)],
    ['待人工复核', pending.filter((r) => !r.suspect)],
  ].filter(([, rows]) => rows.length > 0) as [string, FindingRow[]][];
  return [
    { kind: 'annex-label', text: label },
    { kind: 'title', text: title },
    ...(omittedTotal
      ? [
          {
            kind: 'paragraph',
            text:
              `问题较多，本清单列出最严重的前 ${problems.length} 条；全部 ` +
              `${omittedTotal} 条见同次检查的问题清单（XLSX、HTML 或 CSV 报告）。`,
          } as const,
        ]
      : []),
    ...(groups.length === 0 ? [{ kind: 'paragraph', text: '本次检查未发现问题。' } as const] : []),
    ...groups.flatMap(([name, rows], i): Block[] => [
      { kind: 'heading', level: 2, text: `（${chineseNumber(i + 1)}）${name}（${rows.length} 条）` },
      { kind: 'table', headers: HEADERS, widths: WIDTHS, rows: rows.map((r) => annexRow(r, referenceOf)) },
    ]),
  ];
}

function annexRow(row: FindingRow, referenceOf: (row: FindingRow) => string): TableCell[] {
  const origin = originOf(row.url);
  const page = [
    row.column,
    row.pageTitle,
    documentUrl(row.url),
    row.pageCount > 1 ? `（等 ${row.pageCount} 个页面）` : '',
  ].filter(Boolean);
  const problem = [
    officialText(row.description) + (row.count > 1 ? `（共 ${row.count} 处）` : ''),
    ...(row.target ? [`链接地址：${shownAddress(row.target, origin)}`] : []),
  ];
  const image = row.evidence.startsWith('data:image/') ? row.evidence : undefined;
  return [
    row.index,
    { lines: page },
    { lines: problem },
    { lines: [row.context && row.context !== row.target ? officialText(row.context, origin) : ''], image },
    { lines: row.indicatorIds.split('、').filter(Boolean).map(indicatorTitle) },
    { lines: [referenceOf(row)] },
    row.deadline ? arabicDate(row.deadline) : '',
  ];
}

const originOf = (url: string): string | undefined => {
  try {
    return new URL(url).origin;
  } catch {
    return undefined;
  }
};

/** Own-site addresses in full; other sites' without the scheme, so a notice never carries a foreign live link. */
function shownAddress(target: string, origin: string | undefined): string {
  const clean = documentUrl(target);
  return origin && clean.startsWith(origin) ? clean : clean.replace(/^https?:\/\//, '');
}

/** Without a 整改要求 section to refer to (the 通报's annexes): the correction, else the row's own fix. */
export const ownRequirement = (row: FindingRow): string =>
  row.suggestion.startsWith('改为') ? row.suggestion : row.fix;
