import type { Finding } from '@/shared/model/finding.ts';
import { isWhitelisted } from '@/extension/marks.ts';
import { sendToTab, type BackgroundProtocol } from '@/extension/protocol.ts';
import { findingsForPage } from '@/extension/report-import.ts';
import { marksItem, reportItem } from '@/extension/storage.ts';
import { showCount } from './badge.ts';
import { injectInspector } from './inspect-tab.ts';

/** The imported report's findings about one page, minus terms marked 不是错别字; null without a report. */
async function reportFindingsFor(url: string): Promise<Finding[] | null> {
  const report = await reportItem.getValue();
  if (!report) return null;
  const { notTypo } = await marksItem.getValue();
  return findingsForPage(report, url).filter((f) => !isWhitelisted(f, notTypo));
}

/** Report overlay: the imported report's findings about the tab's page, highlighted in place. */
export async function showReportFindings({
  tabId,
}: BackgroundProtocol['show-report-findings']['request']): Promise<
  BackgroundProtocol['show-report-findings']['response']
> {
  if (!(await reportItem.getValue())) throw new Error('尚未导入巡检报告 (no report imported)');
  const url = await injectInspector(tabId);
  const findings = (await reportFindingsFor(url)) ?? [];
  const highlighted = await sendToTab(tabId, 'highlight', { findings, source: 'report' });
  await showCount(tabId, findings.length);
  return { ...highlighted, url, findings };
}

/**
 * On every page the report names, the badge shows that page's count as soon as it loads. Browsers only tell
 * the extension a tab's URL where it has host access, so this works on sites the webmaster granted.
 */
export async function showReportCount(tabId: number, url: string): Promise<void> {
  const findings = await reportFindingsFor(url);
  if (findings?.length) await showCount(tabId, findings.length);
}
