import { browser } from 'wxt/browser';
import { onMessages, type BackgroundProtocol } from '@/shared/ext/protocol.ts';
import { createFetchLinkProbe } from './fetch-link-probe.ts';
import { inspectTab } from './inspect-tab.ts';
import { showReportCount, showReportFindings } from './report-overlay.ts';
import { checkTypos } from './typo-checks.ts';
import type { TypoHandOverProtocol } from '@/entrypoints/inspector.content/typo-hand-over.ts';

/** Wiring only: the panel and content scripts talk to these handlers through shared/ext/protocol.ts. */
export default defineBackground(() => {
  const probe = createFetchLinkProbe({
    perHost: 2,
    timeoutMs: 15_000,
    // Match patterns carry no port: permission for a host covers all its ports.
    mayFetch: (url) => browser.permissions.contains({ origins: [`${url.protocol}//${url.hostname}/*`] }),
  });
  onMessages<BackgroundProtocol>({
    'inspect-tab': inspectTab,
    'show-report-findings': showReportFindings,
    'probe-link': ({ url }) => probe.probe(url),
  });
  onMessages<TypoHandOverProtocol>({ 'check-typos': checkTypos });
  browser.tabs.onUpdated.addListener((tabId, change, tab) => {
    if (change.status === 'complete' && tab.url) void showReportCount(tabId, tab.url);
  });
});
