import type { AxeImpact, AxeRuleSummary } from '../../a11y/audit-types.ts';
import {
  BEST_PRACTICE_INDICATOR,
  indicatorsForTags,
  WCAG_TAG_TO_INDICATOR,
  wcagCriteria,
} from '../../a11y/indicator-map.ts';
import type { Severity } from '../../model/finding.ts';
import { describeAxeRule } from '../../a11y/describe.ts';
import { definePageCheck } from '../define-check.ts';
import type { CheckResult } from '../types.ts';

const IMPACT_ZH: Record<AxeImpact, string> = { critical: '严重', serious: '较重', moderate: '中等', minor: '轻微' };
const SEVERITY_OF: Record<AxeImpact, Severity> = {
  critical: 'major',
  serious: 'major',
  moderate: 'minor',
  minor: 'minor',
};

/**
 * One result per rule: the page's elements breaking it are one problem (issue 21), so every kept node is a
 * location and the count is axe's true node count.
 */
function resultOf(rule: AxeRuleSummary, outcome: 'fail' | 'incomplete', maxNodes: number): CheckResult {
  const impact = rule.impact ?? 'moderate';
  const locations = rule.nodes.slice(0, maxNodes).map((node) => ({ selector: node.target, snippet: node.html }));
  const said = describeAxeRule(rule);
  return {
    messageId: outcome === 'fail' ? 'violation' : 'needs-review',
    outcome,
    severity: outcome === 'fail' ? SEVERITY_OF[impact] : 'info',
    axeRuleId: rule.id,
    indicators: indicatorsForTags(rule.tags),
    ...(locations.length ? { location: locations[0], locations } : {}),
    count: Math.max(rule.nodeCount, locations.length, 1),
    data: {
      help: rule.help,
      helpUrl: rule.helpUrl,
      impact,
      wcag: wcagCriteria(rule.tags).join('、') || '—',
      nodeCount: rule.nodeCount,
      ...(rule.screenshot ? { screenshot: rule.screenshot } : {}),
    },
    words: {
      impact: { zh: IMPACT_ZH[impact], en: impact },
      describe: { zh: said.describe, en: said.describeEn },
      fix: { zh: said.fixZh, en: said.fixEn },
    },
  };
}

/** axe-core's verdicts on the rendered page (zh_CN help text), mapped to GB/T 37668 / 适老化 indicators. */
export const a11yAxe = definePageCheck({
  id: 'a11y-axe',
  category: 'a11y',
  title: { zh: '无障碍自动检测（axe-core）', en: 'Accessibility rules (axe-core)' },
  description: {
    zh: '在渲染后的页面上运行 axe-core（WCAG 2.0/2.1 A、AA 规则），按 GB/T 37668-2019 和适老化要求归类问题。',
    en: 'Runs axe-core (WCAG 2.0/2.1 A and AA rules) on the rendered page and maps results to GB/T 37668-2019 items.',
  },
  indicators: [...new Set([...Object.values(WCAG_TAG_TO_INDICATOR), BEST_PRACTICE_INDICATOR])],
  severity: 'major',
  needs: ['rendered'],
  options: {
    schema: {
      maxNodesPerRule: {
        type: 'integer',
        minimum: 1,
        description: '每条规则每页最多记录的元素数 / elements recorded per rule and page',
      },
    },
    defaults: { maxNodesPerRule: 10 },
  },
  messages: {
    violation: {
      zh: '{describe}（影响程度：{impact}）',
      en: '{describe} (rule {axeRuleId}, impact: {impact}, WCAG {wcag})',
    },
    'needs-review': {
      zh: '需人工复核：{describe}',
      en: 'Needs review: accessibility rule {axeRuleId} could not decide (WCAG {wcag})',
    },
  },
  fix: { zh: '{fix}', en: '{fix} Details: {helpUrl}' },
  run({ page, options }) {
    const axe = page.a11y?.axe;
    if (!axe) return [];
    const maxNodes = typeof options.maxNodesPerRule === 'number' ? options.maxNodesPerRule : 10;
    return [
      ...axe.violations.map((rule) => resultOf(rule, 'fail', maxNodes)),
      ...axe.incomplete.map((rule) => resultOf(rule, 'incomplete', maxNodes)),
    ];
  },
});
