import { browser } from 'wxt/browser';
import { findingsForPage } from '@/shared/ext/report-import.ts';
import { isWhitelisted } from '@/shared/ext/marks.ts';
import { marksItem, reportItem } from '@/shared/ext/storage.ts';
import { sendToTab, type BackgroundProtocol, type InspectionResult } from '@/shared/ext/protocol.ts';
import { showCount } from './badge.ts';

/** Built by WXT from entrypoints/inspector.content/ (registration: runtime, so it is not in the manifest). */
export const INSPECTOR_SCRIPT = '/content-scripts/inspector.js';

/** Injects the inspector (it ignores a second injection) and returns the page's URL. */
export async function injectInspector(tabId: number): Promise<string> {
  const [first] = await browser.scripting.executeScript({ target: { tabId }, files: [INSPECTOR_SCRIPT] });
  const url = first?.result;
  if (typeof url !== 'string') throw new Error('无法在此页面运行检查 (cannot inspect this page)');
  return url;
}

/** 检查本页: run every registered check in the tab, then show the count on the toolbar badge. */
export async function inspectTab({ tabId, checkLinks }: BackgroundProtocol['inspect-tab']['request']):
  Promise<InspectionResult> {
  await injectInspector(tabId);
  const marks = await marksItem.getValue();
  const result = await sendToTab(tabId, 'run-checks', { checkLinks, notTypo: marks.notTypo });
  await showCount(tabId, result.findings.filter((f) => f.outcome === 'fail' && !isWhitelisted(f, marks.notTypo)).length);
  return result;
}

/** Report overlay: the imported report's findings about the tab's page, highlighted in place. */
export async function showReportFindings({ tabId }: BackgroundProtocol['show-report-findings']['request']):
  Promise<BackgroundProtocol['show-report-findings']['response']> {
  const report = await reportItem.getValue();
  if (!report) throw new Error('尚未导入巡检报告 (no report imported)');
  const url = await injectInspector(tabId);
  const marks = await marksItem.getValue();
  const findings = findingsForPage(report, url).filter((f) => !isWhitelisted(f, marks.notTypo));
  const highlighted = await sendToTab(tabId, 'highlight', { findings, source: 'report' });
  await showCount(tabId, findings.length);
  return { ...highlighted, url, findings };
}
