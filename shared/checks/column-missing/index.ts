import type { ColumnAnalysis, ColumnState } from '../../columns/analyse.ts';
import { columnTree, type ColumnTreeSection } from '../../columns/tree-section.ts';
import { columnAnalysis } from '../../columns/column-analysis.ts';
import { defineSiteCheck, reportSection } from '../define-check.ts';
import type { CheckResult } from '../types.ts';
import { COLUMN_OPTIONS } from '../../columns/option-schema.ts';

const VETO_WHEN_MISSING = new Set(['NAT-V5', 'NAT-V6']);
/** A column behind an unrendered script menu may well be there: a middle confidence for a person to settle. */
const UNSEEN_MENU_CONFIDENCE = 0.5;

/** Missing mandatory columns (and present ones under a non-standard name or in the wrong place). */
export const columnMissing = defineSiteCheck({
  id: 'column-missing',
  category: 'column-missing',
  title: { zh: '必设栏目缺失', en: 'Missing mandatory columns' },
  description: {
    zh: '按所选指标集（全国指标、政府信息公开平台、条例、基层政务公开、省级指标）核对网站是否设置了必设栏目。',
    en: 'Checks the site has every column the selected indicator profiles require.',
  },
  indicators: ['GK-61'],
  severity: 'major',
  options: COLUMN_OPTIONS,
  messages: {
    missing: { zh: '缺少栏目“{column}”（依据：{rule}）', en: 'Column "{column}" is missing (required by {rule})' },
    'non-standard-name': {
      zh: '栏目名称“{found}”不规范，应统一为“{column}”（依据：{rule}）',
      en: 'Column "{found}" should be named "{column}" (required by {rule})',
    },
    'missing-unrendered-menu': {
      zh: '未找到栏目“{column}”，但首页菜单由脚本生成且未渲染（疑似缺失，需人工确认；依据：{rule}）',
      en:
        'Column "{column}" not found, but the home menu is built by a script that was not rendered ' +
        '(suspected; {rule})',
    },
    'not-on-home': {
      zh: '栏目“{column}”未在网站首页显著位置展示（依据：{rule}）',
      en: 'Column "{column}" is not linked from the home page (required by {rule})',
    },
  },
  fix: {
    zh: '按要求设置（或更名为）“{column}”栏目，并保证从首页或上级栏目可以访问。',
    en: 'Create (or rename to) the column "{column}" and link it from the home page or its parent column.',
  },
  uses: [columnAnalysis],
  section: reportSection<ColumnTreeSection>(
    '栏目树（各必设栏目的状态）/ the column tree: each required column and its state',
  ),
  async finish(_collected, ctx) {
    const analysis = await ctx.analysis(columnAnalysis);
    ctx.addSection(columnTree(analysis));
    return analysis.columns.flatMap((c) => missingResult(c, analysis));
  },
});

function missingResult(c: ColumnState, analysis: ColumnAnalysis): CheckResult[] {
  const parentUrl = analysis.columns.find((p) => p.id === c.parent)?.match?.url;
  const common = { column: c.name, indicators: c.indicators, data: { rule: c.rule, certainty: c.certainty } };
  if (c.state === 'missing' && analysis.menuUnseen) {
    // The menu a script builds was never seen (no rendering): not found is not missing (C2).
    return [
      {
        ...common,
        messageId: 'missing-unrendered-menu',
        outcome: 'incomplete',
        ...(parentUrl ? { url: parentUrl } : {}),
        data: { ...common.data, suspect: true, confidence: UNSEEN_MENU_CONFIDENCE },
      },
    ];
  }
  if (c.state === 'missing') {
    const veto = c.indicators.some((i) => VETO_WHEN_MISSING.has(i));
    // C4: a veto says what was searched and not found.
    const evidence: Record<string, string> = veto
      ? { vetoEvidence: `首页、导航菜单、网站地图及已抓取页面中均未找到“${c.name}”或其同义栏目` }
      : {};
    return [
      {
        ...common,
        messageId: 'missing',
        ...(parentUrl ? { url: parentUrl } : {}),
        ...(veto ? { severity: 'veto' as const } : {}),
        data: { ...common.data, ...evidence },
      },
    ];
  }
  if (c.state === 'non-standard') {
    return [
      {
        ...common,
        messageId: 'non-standard-name',
        severity: 'minor',
        url: c.match!.foundOn,
        data: { ...common.data, found: c.match!.text },
      },
    ];
  }
  if (c.state === 'not-on-home') return [{ ...common, messageId: 'not-on-home', url: c.match!.url }];
  return [];
}
