import { browser } from 'wxt/browser';
import { onMessages, type BackgroundProtocol } from '@/extension/protocol.ts';
import { createFetchLinkProbe, PROBES_PER_HOST } from './fetch-link-probe.ts';
import { inspectTab } from './inspect-tab.ts';
import { probeRefused } from './probe-address-policy.ts';
import { showReportCount, showReportFindings } from './report-overlay.ts';
import { fromContentScript, fromExtensionPage, onlyFrom } from './senders.ts';
import { checkTypos } from './typo-checks.ts';
import type { TypoHandOverProtocol } from '@/entrypoints/inspector.content/typo-hand-over.ts';

type PanelRequests = Pick<BackgroundProtocol, 'inspect-tab' | 'show-report-findings'>;
type InspectorRequests = Pick<BackgroundProtocol, 'probe-link'>;

/** Wiring only: the panel and content scripts talk to these handlers through extension/protocol.ts. */
export default defineBackground(() => {
  const probe = createFetchLinkProbe({
    perHost: PROBES_PER_HOST,
    timeoutMs: 15_000,
    // Match patterns carry no port: permission for a host covers all its ports.
    mayFetch: (url) => browser.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] }),
  });
  onMessages<PanelRequests>(
    onlyFrom<PanelRequests>(fromExtensionPage, {
      'inspect-tab': inspectTab,
      'show-report-findings': showReportFindings,
    }),
  );
  onMessages<InspectorRequests>(
    onlyFrom<InspectorRequests>(fromContentScript, {
      // The sender's URL is the page the link is on (set by the browser, not by the message).
      'probe-link': async ({ url }, sender) =>
        probeRefused(new URL(url), sender.url)
          ? { url, status: 0, finalUrl: url, redirects: [url], skipped: 'private-address' }
          : probe.probe(url),
    }),
  );
  onMessages<TypoHandOverProtocol>(onlyFrom<TypoHandOverProtocol>(fromContentScript, { 'check-typos': checkTypos }));
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void showReportCount(tabId, tab.url);
  });
});
