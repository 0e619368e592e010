import type { ReportSummary } from '../../../../shared/report/summary.ts';
import type { Lang, Translate } from '../i18n.ts';

/** 合格 / 不合格 / 无法访问 with the reason the report gives (summarize(): national verdict, else the veto rule). */
export function VerdictBadge({ t, summary, lang }: { t: Translate; summary: ReportSummary; lang?: Lang }) {
  const kind = summary.unreachable ? 'unreachable' : summary.passed ? 'pass' : 'fail';
  return (
    <div class="verdict-cell">
      <span class={`badge ${kind}`} data-verdict={kind}>
        {t(kind)}
      </span>
      <div class="why">{lang === 'en' ? summary.verdictEn : summary.verdict}</div>
    </div>
  );
}
