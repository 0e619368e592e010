import { CHECKS } from '../../shared/checks/index.ts';
import type { Localized } from '../../shared/model/localized.ts';
import type { CheckTiming } from '../../shared/model/report.ts';

const NOT_CHOSEN: Localized = { zh: '未选择（--checks 未包含此检查）', en: 'not chosen (--checks left it out)' };

/**
 * Every registered check, in registry order, for the report's checks section: those the run judged keep their
 * timing, the ones --checks left out are skipped as not chosen, so a reader sees what was never looked at.
 */
export function withNotChosen(timings: readonly CheckTiming[]): CheckTiming[] {
  const byId = new Map(timings.map((t) => [t.checkId, t]));
  return CHECKS.map(
    (check) =>
      byId.get(check.id) ?? { checkId: check.id, status: 'skipped', reason: NOT_CHOSEN, runs: 0, errors: 0, ms: 0 },
  );
}
