import type { Report } from '../../model/report.ts';
import type { ReportSummary } from '../summary.ts';
import { uiText, type UiLang } from './ui-text.ts';

export interface SummaryPanelProps {
  report: Report;
  summary: ReportSummary;
  lang?: UiLang;
}

/** Verdict banner and the headline numbers (the screenshot test reads these). */
export function SummaryPanel({ report, summary, lang }: SummaryPanelProps) {
  const ui = uiText(lang);
  const verdict = lang === 'en' ? summary.verdictEn : summary.verdict;
  const cards: [string, number, string][] = [
    [ui('pagesFetched'), report.stats.pagesFetched, 'pages'],
    [ui('failures'), summary.failures, 'failures'],
    [ui('vetoes'), summary.vetoes, 'vetoes'],
    [ui('suspects'), summary.suspects, 'suspects'],
    [ui('incomplete'), summary.incomplete - summary.suspects, 'incomplete'],
  ];
  if (summary.score !== undefined) cards.push([ui('score'), summary.score, 'score']);
  if (summary.recheck) {
    cards.push(
      [ui('new'), summary.recheck.new, 'new'],
      [ui('open'), summary.recheck.open, 'open'],
      [ui('fixed'), summary.recheck.fixed, 'fixed'],
    );
  }
  return (
    <section class="summary" id="summary">
      <p class={summary.passed ? 'verdict pass' : 'verdict fail'}>
        {ui('verdict')}
        {verdict}
      </p>
      <ul class="cards">
        {cards.map(([label, value, key]) => (
          <li key={key} data-stat={key}>
            <strong>{value}</strong>
            <span>{label}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
