import { ReportBox } from './components/report-box.tsx';
import { MarksBox } from './components/marks-box.tsx';
import { FindingGroups } from './components/finding-groups.tsx';
import { t } from './i18n.ts';
import type { PanelClient } from './models/panel-client.ts';
import { usePanel } from './models/use-panel.ts';

interface Props {
  client: PanelClient;
}

/** The side panel (and the popup where there is no side panel): 检查本页, report overlay, marks. */
export function App({ client }: Props) {
  const panel = usePanel(client);
  const { result, busy, error } = panel;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <div class="toolbar">
        <button class="primary inspect" disabled={busy} onClick={panel.inspect}>{busy ? t('inspecting') : t('inspectPage')}</button>
        <label>
          <input type="checkbox" class="check-links" checked={panel.checkLinks}
            onChange={(e) => panel.setCheckLinks((e.currentTarget as HTMLInputElement).checked)} />
          {t('checkLinks')}
        </label>
        {panel.checkLinks && !panel.allHosts ? <button class="grant" onClick={panel.grantAllHosts}>{t('grantHosts')}</button> : null}
      </div>
      {error ? <p class="error">{t('error')}：{error}</p> : null}
      {result ? (
        <section class="page-results">
          <h2>{t('pageResults')}<span class="count total">{result.findings.length}</span></h2>
          <p class="summary">
            {result.title || result.url} · {t('duration')} {result.ms} ms ·{' '}
            <button class="export-findings" onClick={panel.exportFindings}>{t('exportFindings')}</button>
          </p>
          <FindingGroups findings={result.findings} marks={panel.marks} onFocus={panel.focus}
            onNotTypo={panel.toggleNotTypo} onConfirmed={panel.toggleConfirmed} />
        </section>
      ) : null}
      <ReportBox panel={panel} />
      <MarksBox panel={panel} />
    </main>
  );
}
