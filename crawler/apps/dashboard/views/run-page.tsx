import type { Report } from '../../../../shared/model/report.ts';
import { BarChart } from '../../../../shared/report/components/bar-chart.tsx';
import { FindingsTable } from '../../../../shared/report/components/findings-table.tsx';
import { SummaryPanel } from '../../../../shared/report/components/summary-panel.tsx';
import { recheckOf } from '../../../../shared/report/diff.ts';
import { findingRows, resolvedRows, type RectifyOptions } from '../../../../shared/report/rows.ts';
import { summarize } from '../../../../shared/report/summary.ts';
import { REPORT_FORMATS } from '../../../report/write-reports.ts';
import type { Lang, Translate } from '../i18n.ts';
import { siteHref } from '../site-model.ts';

export interface RunPageProps {
  t: Translate;
  runId: number;
  report: Report;
  options: RectifyOptions;
  lang?: Lang;
}

const STATUS_TEXT = {
  new: 'statusNew',
  open: 'statusOpen',
  fixed: 'statusFixed',
  unchecked: 'statusUnchecked',
} as const;

/** One run: the shared summary panel, its 复核 against the previous run, and a download for every format. */
export function RunPage({ t, runId, report, options, lang }: RunPageProps) {
  const summary = summarize(report);
  const recheck = recheckOf(report);
  const rows = findingRows(report, options);
  const fixed = resolvedRows(report, options).filter((r) => r.statusId === 'fixed');
  return (
    <>
      <p>
        <a href={siteHref(report.site.startUrl)}>← {report.site.name ?? report.site.host}</a>
      </p>
      <h1>
        {t('run')} #{runId} · {report.startedAt.slice(0, 16).replace('T', ' ')}
      </h1>
      <nav class="downloads" aria-label={t('downloads')}>
        <strong>{t('downloads')}：</strong>
        {REPORT_FORMATS.map((f) => (
          <a key={f} class="button" href={`/run/${runId}/download/${f}`} data-format={f} download="">
            {f.toUpperCase()}
          </a>
        ))}
        <a class="button" href={`/run/${runId}/download/zip`} data-format="zip" download="">
          {t('notices')}
        </a>
      </nav>
      <SummaryPanel report={report} summary={summary} lang={lang} />
      <h2>{t('recheck')}</h2>
      {recheck ? (
        <>
          <ul class="cards recheck" id="recheck">
            {(['new', 'open', 'fixed', 'unchecked'] as const).map((k) => (
              <li key={k} data-recheck={k}>
                <strong>{recheck.counts[k]}</strong>
                <span>{t(STATUS_TEXT[k])}</span>
              </li>
            ))}
          </ul>
          <p class="muted">
            {t('previousRun')}：{minuteOf(recheck.previous.startedAt)}，{recheck.previous.findings}{' '}
            {t('previousFindings')}
          </p>
          {summary.trend && (
            <BarChart
              title={t('compare')}
              series={[t('previous'), t('current')]}
              data={summary.trend.map((x) => ({ label: x.label, values: [x.previous, x.current] }))}
            />
          )}
          <h3>{t('newFindings')}</h3>
          <FindingsTable
            rows={rows.filter((r) => r.statusId === 'new')}
            tableId="new-findings"
            controls={false}
            lang={lang}
          />
          <h3>{t('fixedFindings')}</h3>
          <FindingsTable rows={fixed} tableId="fixed-findings" controls={false} lang={lang} />
        </>
      ) : (
        <p class="muted">{t('noPrevious')}</p>
      )}
    </>
  );
}

/** An ISO timestamp to the minute, as people read it: 2026-11-20 08:05. */
function minuteOf(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ');
}
