import { ReportBox } from './components/report-box.tsx';
import { MarksBox } from './components/marks-box.tsx';
import { FindingGroups } from './components/finding-groups.tsx';
import { FrameList } from './components/frame-list.tsx';
import { isSuspect } from '@/extension/severity.ts';
import { t } from './i18n.ts';
import type { PanelClient } from './models/panel-client.ts';
import { usePanel } from './models/use-panel.ts';

interface Props {
  client: PanelClient;
  /** Shown as the toolbar popup (it can hand over to the side panel); false in the side panel itself. */
  inPopup?: boolean;
}

/**
 * The toolbar popup and the side panel: 检查本页, report overlay, marks. The popup comes first because only a
 * click on the toolbar icon grants activeTab; the side panel keeps the results beside the page afterwards.
 */
export function App({ client, inPopup = false }: Props) {
  const panel = usePanel(client);
  const { result, busy, error } = panel;
  return (
    <main>
      <h1>{t('extName')}</h1>
      <div class="toolbar">
        <button class="primary inspect" disabled={busy} onClick={panel.inspect}>
          {busy ? t('inspecting') : t('inspectPage')}
        </button>
        <label>
          <input
            type="checkbox"
            class="check-links"
            checked={panel.checkLinks}
            onChange={(e) => panel.setCheckLinks((e.currentTarget as HTMLInputElement).checked)}
          />
          {t('checkLinks')}
        </label>
        {inPopup ? (
          <button class="open-side-panel" onClick={panel.openSidePanel}>
            {t('openSidePanel')}
          </button>
        ) : null}
        {panel.checkLinks && !panel.allHosts ? (
          <button class="grant" onClick={panel.grantAllHosts}>
            {t('grantHosts')}
          </button>
        ) : null}
      </div>
      {error ? (
        <p class="error">
          {t('error')}：{error}
        </p>
      ) : null}
      {result ? (
        <section class="page-results">
          <h2>
            {t('pageResults')}
            <span class="count total">{result.findings.filter((f) => !isSuspect(f)).length}</span>
          </h2>
          <p class="summary">
            {result.title || result.url} · {t('duration')} {result.ms} ms ·{' '}
            <button class="export-findings" onClick={panel.exportFindings}>
              {t('exportFindings')}
            </button>
          </p>
          {result.uncheckedLinks.count ? (
            <p class="notice unchecked-links">
              {t('uncheckedLinks', {
                n: result.uncheckedLinks.count,
                hosts: result.uncheckedLinks.origins.map((o) => new URL(o.replace('/*', '/')).host).join('、'),
              })}{' '}
              <button
                class="grant-recheck"
                disabled={busy}
                onClick={() => panel.grantAndRecheck(result.uncheckedLinks.origins)}
              >
                {t('grantAndRecheck')}
              </button>
            </p>
          ) : null}
          <FrameList frames={result.frames} />
          <FindingGroups
            findings={result.findings}
            marks={panel.marks}
            onFocus={panel.focus}
            onNotTypo={panel.toggleNotTypo}
            onConfirmed={panel.toggleConfirmed}
          />
        </section>
      ) : null}
      <ReportBox panel={panel} />
      <MarksBox panel={panel} />
    </main>
  );
}
