import type { ColumnState } from '../../columns/analyse.ts';
import { columnAnalysis } from '../../columns/column-analysis.ts';
import { vetoCounts } from '../../columns/veto.ts';
import { defineSiteCheck, reportSection } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { COLUMN_OPTIONS } from '../../columns/option-schema.ts';

/** report.sections['column-empty']: the blank columns and whether they reached the NAT-V4 veto count. */
export interface BlankColumnsSection {
  blank: string[];
  threshold: number;
  veto: boolean;
}

/** Blank columns: a column page with no entries, only a placeholder, or no page at all. */
export const columnEmpty = defineSiteCheck({
  id: 'column-empty',
  category: 'column-empty',
  title: { zh: '空白栏目', en: 'Blank columns' },
  description: {
    zh: '检查已设置的栏目是否有内容：无信息、只有“暂无信息”“正在建设中”等占位内容或栏目页无法访问的，均为空白栏目。',
    en: 'Checks columns have content: none, only a placeholder, or a dead column page count as blank.',
  },
  indicators: ['NAT-V4'],
  severity: 'major',
  options: COLUMN_OPTIONS,
  messages: {
    placeholder: {
      zh: '空白栏目“{column}”：栏目页只有“{placeholder}”',
      en: 'Blank column "{column}": the page only says "{placeholder}"',
    },
    'no-content': {
      zh: '空白栏目“{column}”：栏目页没有任何信息',
      en: 'Blank column "{column}": the page holds no information',
    },
    dead: {
      zh: '栏目“{column}”的页面无法访问（{reason}），按空白栏目计',
      en: 'Column "{column}" page is unreachable ({reason}); counted as blank',
    },
    explained: {
      zh: '栏目“{column}”没有信息，页面说明了原因（“{placeholder}”），需人工确认是否属实',
      en: 'Column "{column}" has no information and explains why ("{placeholder}"); confirm by hand',
    },
  },
  fix: {
    zh:
      '及时在“{column}”栏目发布应公开的信息；确无此类信息的，在栏目页说明原因（如依据“三定”方案不产生' +
      '此类信息）；无法保障的栏目应整合或关停。',
    en:
      'Publish the information due in "{column}", or explain on the page why there is none; merge or close ' +
      'columns you cannot keep up.',
  },
  uses: [columnAnalysis],
  section: reportSection<BlankColumnsSection>('空白栏目及否决计数 / blank columns against the veto count'),
  async finish(_collected, ctx) {
    const analysis = await ctx.analysis(columnAnalysis);
    const counts = vetoCounts(analysis).blank;
    ctx.addSection({ blank: counts.ids, threshold: counts.threshold, veto: counts.veto });
    // C4: the blank columns that reached the veto count.
    const evidence =
      `${counts.ids.length} 个空白栏目（达到 ${counts.threshold} 个即否决）：` +
      counts.ids.map((id) => analysis.columns.find((c) => c.id === id)!.name).join('、');
    return analysis.columns.flatMap((c): CheckResult[] => {
      const base = {
        column: c.name,
        url: c.match?.url,
        indicators: c.indicators,
        ...(counts.veto ? { severity: 'veto' as const } : {}),
      };
      const counted = { vetoGroup: 'blank', ...(counts.veto ? { vetoEvidence: evidence } : {}) };
      const placeholder = c.page?.placeholder?.text ?? '';
      if (c.state === 'dead') return [{ ...base, messageId: 'dead', data: { ...counted, reason: deadReason(c) } }];
      if (c.state === 'empty') {
        return [
          placeholder
            ? { ...base, messageId: 'placeholder', data: { ...counted, placeholder } }
            : { ...base, messageId: 'no-content', data: counted },
        ];
      }
      if (c.state === 'explained') {
        return [{ ...base, messageId: 'explained', outcome: 'incomplete', severity: 'info', data: { placeholder } }];
      }
      return [];
    });
  },
});

const deadReason = (c: ColumnState) => (c.page?.status ? `HTTP ${c.page.status}` : '无法访问');
