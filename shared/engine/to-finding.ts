import type { CheckDefinition, CheckResult } from '../checks/types.ts';
import type { Finding } from '../model/finding.ts';
import { localize } from '../model/localized.ts';
import { fingerprint } from './fingerprint.ts';

/** Makes a full Finding from what a check returned: messages rendered, defaults filled, fingerprint set. */
export function toFinding(check: CheckDefinition, result: CheckResult, defaultUrl: string): Finding {
  const template = check.messages[result.messageId];
  if (!template) throw new Error(`check ${check.id} returned unknown messageId "${result.messageId}"`);
  const url = result.url ?? defaultUrl;
  const data = result.data ?? {};
  const fields = { ...data, target: result.target, text: result.text, suggestion: result.suggestion,
    column: result.column, axeRuleId: result.axeRuleId, url };
  const finding: Finding = {
    id: fingerprint(check.id, result.messageId, url, result.fingerprint ?? evidenceKey(result)),
    checkId: check.id,
    category: check.category,
    outcome: result.outcome ?? 'fail',
    severity: result.severity ?? check.severity,
    indicators: [...(result.indicators ?? check.indicators)],
    url,
    messageId: result.messageId,
    message: localize(template, fields),
    fix: localize(check.fix, fields),
    data,
  };
  for (const key of ['target', 'text', 'suggestion', 'column', 'axeRuleId', 'location'] as const) {
    if (result[key] !== undefined) (finding as unknown as Record<string, unknown>)[key] = result[key];
  }
  return finding;
}

/** The evidence that tells two problems of one check apart on one page. */
export function evidenceKey(r: Pick<CheckResult, 'target' | 'text' | 'column' | 'axeRuleId' | 'location'>): string {
  return [r.target, r.text, r.column, r.axeRuleId, r.location?.selector, r.location?.offset].join('|');
}
