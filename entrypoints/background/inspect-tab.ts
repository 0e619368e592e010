import { browser } from 'wxt/browser';
import { isWhitelisted } from '@/extension/marks.ts';
import { marksItem } from '@/extension/storage.ts';
import { sendToTab, type BackgroundProtocol, type InspectionResult } from '@/extension/protocol.ts';
import { showCount } from './badge.ts';

/** Built by WXT from entrypoints/inspector.content/ (registration: runtime, so it is not in the manifest). */
export const INSPECTOR_SCRIPT = '/content-scripts/inspector.js';

/** Injects the inspector (it ignores a second injection) and returns the page's URL. */
export async function injectInspector(tabId: number): Promise<string> {
  const [first] = await browser.scripting
    .executeScript({ target: { tabId }, files: [INSPECTOR_SCRIPT] })
    .catch((error: unknown) => {
      // activeTab lasts until the tab navigates; after that the toolbar icon must be clicked again.
      throw new Error(`无法访问此页面：请点击工具栏上的 govcheck 图标后重试，或授权检查所有网站。(${String(error)})`);
    });
  const url = first?.result;
  if (typeof url !== 'string') throw new Error('无法在此页面运行检查 (cannot inspect this page)');
  return url;
}

/** 检查本页: run every registered check in the tab, then show the count on the toolbar badge. */
export async function inspectTab({
  tabId,
  checkLinks,
}: BackgroundProtocol['inspect-tab']['request']): Promise<InspectionResult> {
  await injectInspector(tabId);
  const marks = await marksItem.getValue();
  const result = await sendToTab(tabId, 'run-checks', { checkLinks, notTypo: marks.notTypo });
  await showCount(
    tabId,
    result.findings.filter((f) => f.outcome === 'fail' && !isWhitelisted(f, marks.notTypo)).length,
  );
  return result;
}
