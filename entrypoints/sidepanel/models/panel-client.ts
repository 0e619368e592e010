import { browser } from 'wxt/browser';
import type { Report } from '@/shared/model/report.ts';
import { exportMarks, type Marks } from '@/extension/marks.ts';
import { sendToBackground, sendToTab, type BackgroundProtocol, type InspectionResult } from '@/extension/protocol.ts';
import { parseReport } from '@/extension/report-import.ts';
import { buildReport } from '@/shared/report/build-report.ts';
import { marksItem, reportItem } from '@/extension/storage.ts';

/** Everything the panel does outside itself; a fake in tests. */
export interface PanelClient {
  activeTabId(): Promise<number>;
  inspect(tabId: number, checkLinks: boolean): Promise<InspectionResult>;
  showReport(tabId: number): Promise<BackgroundProtocol['show-report-findings']['response']>;
  focus(tabId: number, findingId: string): Promise<boolean>;
  loadReport(): Promise<Report | null>;
  importReport(text: string): Promise<Report>;
  loadMarks(): Promise<Marks>;
  saveMarks(marks: Marks): Promise<void>;
  downloadMarks(marks: Marks): void;
  /** This page's findings as a govcheck JSON report (the crawler's format; it imports back as an overlay). */
  downloadFindings(result: InspectionResult): void;
  /** The window the panel is in, read ahead: opening the side panel must happen inside the click. */
  currentWindowId(): Promise<number | undefined>;
  /** Opens the side panel (Chrome, Edge) or sidebar (Firefox) from the popup; false where there is none. */
  openSidePanel(windowId: number): boolean;
  mayCheckAllHosts(): Promise<boolean>;
  requestAllHosts(): Promise<boolean>;
  /** Asks for these origins (match patterns) only: the hosts whose links could not be checked. */
  requestHosts(origins: string[]): Promise<boolean>;
}

/** Chrome's side panel and Firefox's sidebar; neither is in every browser's types. */
interface SidebarApis {
  sidePanel?: { open(options: { windowId: number }): Promise<void> };
  sidebarAction?: { open(): Promise<void> };
}

const ALL_HOSTS = { origins: ['http://*/*', 'https://*/*'] };

function download(fileName: string, value: unknown): void {
  const blob = new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}

export function pageReport(result: InspectionResult, version: string, now = new Date()): Report {
  return buildReport({
    version,
    startUrl: result.url,
    startedAt: new Date(now.getTime() - result.ms),
    finishedAt: now,
    asOf: result.asOf,
    profiles: result.profiles,
    linksProbed: 0,
    checks: [],
    findings: result.findings,
    pages: [
      {
        url: result.url,
        finalUrl: result.url,
        status: 0,
        contentType: 'text/html',
        title: result.title,
        depth: 0,
        rendered: true,
      },
    ],
  });
}

export function createPanelClient(): PanelClient {
  return {
    async activeTabId() {
      // The side panel belongs to a window; its active tab is the page being looked at.
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      if (tab?.id === undefined) throw new Error('没有可检查的标签页 (no active tab)');
      return tab.id;
    },
    inspect: (tabId, checkLinks) => sendToBackground('inspect-tab', { tabId, checkLinks }),
    showReport: (tabId) => sendToBackground('show-report-findings', { tabId }),
    focus: async (tabId, id) => (await sendToTab(tabId, 'focus-finding', { id })).found,
    loadReport: () => reportItem.getValue(),
    async importReport(text) {
      const report = parseReport(text);
      await reportItem.setValue(report);
      return report;
    },
    loadMarks: () => marksItem.getValue(),
    saveMarks: (marks) => marksItem.setValue(marks),
    downloadMarks: (marks) => download('govcheck-marks.json', exportMarks(marks)),
    downloadFindings: (result) =>
      download(`govcheck-${new URL(result.url).host}.json`, pageReport(result, browser.runtime.getManifest().version)),
    currentWindowId: async () => (await browser.windows.getCurrent()).id,
    openSidePanel(windowId) {
      const apis = browser as unknown as SidebarApis;
      const opened = apis.sidePanel?.open
        ? apis.sidePanel.open({ windowId })
        : apis.sidebarAction?.open
          ? apis.sidebarAction.open()
          : null;
      void opened?.then(() => window.close());
      return opened !== null;
    },
    mayCheckAllHosts: () => browser.permissions.contains(ALL_HOSTS),
    // Must run inside the click handler: browsers only show the prompt for a user gesture.
    requestAllHosts: () => browser.permissions.request(ALL_HOSTS),
    requestHosts: (origins) => browser.permissions.request({ origins }),
  };
}
