import { useEffect, useState } from 'preact/hooks';
import type { Finding } from '@/shared/model/finding.ts';
import type { Report } from '@/shared/model/report.ts';
import { EMPTY_MARKS, markConfirmed, markNotTypo, type Marks } from '@/extension/marks.ts';
import { inPageOrder } from '@/extension/page-order.ts';
import type { InspectionResult } from '@/extension/protocol.ts';
import type { PanelClient } from './panel-client.ts';

export interface ReportView {
  url: string;
  findings: Finding[];
  unplaced: string[];
}

/** The panel's state and actions over a PanelClient (the browser, or a fake in tests). */
export function usePanel(client: PanelClient) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [checkLinks, setCheckLinks] = useState(true);
  const [allHosts, setAllHosts] = useState(true);
  const [result, setResult] = useState<InspectionResult | null>(null);
  const [report, setReport] = useState<Report | null>(null);
  const [reportView, setReportView] = useState<ReportView | null>(null);
  const [marks, setMarks] = useState<Marks>(EMPTY_MARKS);
  const [windowId, setWindowId] = useState<number | undefined>(undefined);

  useEffect(() => {
    void client.loadReport().then(setReport);
    void client.loadMarks().then(setMarks);
    void client.mayCheckAllHosts().then(setAllHosts);
    void client.currentWindowId().then(setWindowId);
  }, [client]);

  const attempt = async (action: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await action();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setBusy(false);
    }
  };
  const updateMarks = async (next: Marks) => {
    setMarks(next);
    await client.saveMarks(next);
  };

  return {
    busy,
    error,
    checkLinks,
    allHosts,
    result,
    report,
    reportView,
    marks,
    setCheckLinks,
    inspect: () => attempt(async () => setResult(await client.inspect(await client.activeTabId(), checkLinks))),
    // One click: the prompt for just the hosts that were missing (it must open inside the click), then a new run.
    grantAndRecheck: (origins: string[]) =>
      attempt(async () => {
        if (!(await client.requestHosts(origins))) return;
        setResult(await client.inspect(await client.activeTabId(), true));
      }),
    showReport: () =>
      attempt(async () => {
        const shown = await client.showReport(await client.activeTabId());
        setReportView({ ...shown, findings: inPageOrder(shown.findings, shown.order) });
      }),
    importReport: (text: string) =>
      attempt(async () => {
        setReport(await client.importReport(text));
        setReportView(null);
      }),
    focus: (id: string) => attempt(async () => void (await client.focus(await client.activeTabId(), id))),
    grantAllHosts: () => attempt(async () => setAllHosts(await client.requestAllHosts())),
    toggleNotTypo: (term: string) => updateMarks(markNotTypo(marks, term, !marks.notTypo.includes(term))),
    toggleConfirmed: (id: string) => updateMarks(markConfirmed(marks, id, !marks.confirmed.includes(id))),
    exportMarks: () => client.downloadMarks(marks),
    openSidePanel: () => windowId !== undefined && client.openSidePanel(windowId),
    exportFindings: () => result && client.downloadFindings(result),
  };
}

export type PanelState = ReturnType<typeof usePanel>;
