import type { CheckDefinition } from '../checks/types.ts';
import type { Finding } from '../model/finding.ts';
import { fingerprint } from './fingerprint.ts';

/** A check that threw or ran out of time: recorded as "needs review", never a crash. */
export function checkErrorFinding(check: CheckDefinition, url: string, error: unknown): Finding {
  const reason = error instanceof Error ? error.message : String(error);
  return {
    id: fingerprint(check.id, 'check-error', url),
    checkId: check.id,
    category: check.category,
    outcome: 'incomplete',
    severity: 'info',
    indicators: [...check.indicators],
    url,
    messageId: 'check-error',
    message: {
      zh: `检查“${check.title.zh}”未能完成：${reason}`,
      en: `Check "${check.title.en}" could not finish: ${reason}`,
    },
    fix: { zh: '请人工复核该页面。', en: 'Review this page by hand.' },
    data: { error: reason },
  };
}
