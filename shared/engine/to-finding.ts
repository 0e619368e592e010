import type { CheckDefinition, CheckResult } from '../checks/types.ts';
import type { Finding } from '../model/finding.ts';
import { localize } from '../model/localized.ts';
import { fingerprint } from './fingerprint.ts';
import { locationsOf, resultIdentity } from './group-findings.ts';
import { withOccurrences } from './occurrences.ts';

/** A message template that states the count itself (“同一区域 {count} 个隐藏链接”). */
const COUNT_FIELD = /\{count\}/;

/**
 * Makes a full Finding from what a check returned (one result, or a group of occurrences from
 * groupResults): messages rendered with the count and examples, defaults filled, id from the identity.
 */
export function toFinding(check: CheckDefinition, result: CheckResult, defaultUrl: string): Finding {
  const template = check.messages[result.messageId];
  if (!template) throw new Error(`check ${check.id} returned unknown messageId "${result.messageId}"`);
  const url = result.url ?? defaultUrl;
  const data = result.data ?? {};
  const fields = {
    ...data,
    ...result.words,
    target: result.target,
    text: result.text,
    suggestion: result.suggestion,
    column: result.column,
    axeRuleId: result.axeRuleId,
    url,
  };
  const count = result.count ?? 1;
  const locations = locationsOf(result);
  const finding: Finding = {
    id: fingerprint(check.id, result.messageId, url, resultIdentity(result)),
    checkId: check.id,
    category: check.category,
    outcome: result.outcome ?? 'fail',
    severity: result.severity ?? check.severity,
    indicators: [...(result.indicators ?? check.indicators)],
    url,
    messageId: result.messageId,
    message: withOccurrences(localize(template, fields), count, locations, {
      counted: COUNT_FIELD.test(template.zh),
      focus: result.text,
    }),
    fix: localize(check.fix, fields),
    data,
  };
  for (const key of ['target', 'text', 'suggestion', 'column', 'axeRuleId', 'location'] as const) {
    if (result[key] !== undefined) (finding as unknown as Record<string, unknown>)[key] = result[key];
  }
  if (count > 1) Object.assign(finding, { count }, locations.length ? { locations } : {});
  if (result.fingerprint !== undefined) finding.identity = result.fingerprint;
  return finding;
}
