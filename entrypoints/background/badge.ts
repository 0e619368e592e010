import { browser } from 'wxt/browser';

/** Finding count on the toolbar icon for one tab (empty when there is nothing to fix). */
export async function showCount(tabId: number, count: number): Promise<void> {
  await browser.action.setBadgeBackgroundColor({ tabId, color: count ? '#c62828' : '#2e7d32' });
  await browser.action.setBadgeText({ tabId, text: count > 999 ? '999+' : count ? String(count) : '' });
}
