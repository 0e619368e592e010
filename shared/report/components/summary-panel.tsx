import type { Report } from '../../model/report.ts';
import type { ReportSummary } from '../summary.ts';

export interface SummaryPanelProps {
  report: Report;
  summary: ReportSummary;
}

/** Verdict banner and the headline numbers (the screenshot test reads these). */
export function SummaryPanel({ report, summary }: SummaryPanelProps) {
  const cards: [string, number, string][] = [
    ['抓取页面', report.stats.pagesFetched, 'pages'],
    ['发现问题', summary.failures, 'failures'],
    ['单项否决', summary.vetoes, 'vetoes'],
    ['待人工确认（疑似）', summary.suspects, 'suspects'],
    ['待人工复核', summary.incomplete - summary.suspects, 'incomplete'],
  ];
  if (summary.score !== undefined) cards.push(['扣分指标估算得分', summary.score, 'score']);
  if (summary.recheck) {
    cards.push(['新发现', summary.recheck.new, 'new'], ['未整改', summary.recheck.open, 'open'],
      ['已整改', summary.recheck.fixed, 'fixed']);
  }
  return (
    <section class="summary" id="summary">
      <p class={summary.passed ? 'verdict pass' : 'verdict fail'}>检查结论：{summary.verdict}</p>
      <ul class="cards">
        {cards.map(([label, value, key]) => (
          <li key={key} data-stat={key}><strong>{value}</strong><span>{label}</span></li>
        ))}
      </ul>
    </section>
  );
}
