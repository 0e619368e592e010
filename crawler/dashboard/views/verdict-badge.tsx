import type { ReportSummary } from '../../../shared/report/summary.ts';
import type { Translate } from '../i18n.ts';

/** 合格 / 不合格 with the reason the report gives (summarize(): national verdict, else the veto rule). */
export function VerdictBadge({ t, summary }: { t: Translate; summary: ReportSummary }) {
  return (
    <div class="verdict-cell">
      <span class={summary.passed ? 'badge pass' : 'badge fail'} data-verdict={summary.passed ? 'pass' : 'fail'}>
        {summary.passed ? t('pass') : t('fail')}
      </span>
      <div class="why">{summary.verdict}</div>
    </div>
  );
}
