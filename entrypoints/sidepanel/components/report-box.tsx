import type { PanelState } from '../models/use-panel.ts';
import { t } from '../i18n.ts';
import { FindingGroups } from './finding-groups.tsx';

interface Props {
  panel: PanelState;
}

/** Report overlay: import the crawler's JSON report, then show what it says about this page. */
export function ReportBox({ panel }: Props) {
  const { report, reportView, marks, busy } = panel;
  const onFile = async (e: Event) => {
    const file = (e.currentTarget as HTMLInputElement).files?.[0];
    if (file) await panel.importReport(await file.text());
  };
  return (
    <section class="box report">
      <h2>{t('importReport')}</h2>
      <input type="file" accept=".json,application/json" class="report-file" onChange={onFile} />
      {report ? (
        <p class="summary report-loaded">
          {t('reportLoaded')}：{report.site.name ?? report.site.host} · {report.asOf} · {report.findings.length}{' '}
          {t('findings')}
        </p>
      ) : null}
      {report ? (
        <button class="show-report" disabled={busy} onClick={panel.showReport}>
          {t('showReport')}
        </button>
      ) : null}
      {reportView ? (
        <div class="report-results">
          <h2>
            {t('reportResults')}
            <span class="count">{reportView.findings.length}</span>
          </h2>
          {reportView.unplaced.length ? (
            <p class="summary">
              {reportView.unplaced.length} {t('unplaced')}
            </p>
          ) : null}
          <FindingGroups
            findings={reportView.findings}
            marks={marks}
            onFocus={panel.focus}
            onNotTypo={panel.toggleNotTypo}
            onConfirmed={panel.toggleConfirmed}
          />
        </div>
      ) : null}
    </section>
  );
}
