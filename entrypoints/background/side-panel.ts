import { browser } from 'wxt/browser';

interface SidePanelApi {
  setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void>;
}

/**
 * Chrome and Edge open the side panel from the toolbar icon; browsers without chrome.sidePanel (older 360/QQ
 * builds) keep the popup the manifest declares. Firefox shows the same page as its sidebar.
 */
export async function preferSidePanel(): Promise<'side-panel' | 'popup'> {
  const sidePanel = (browser as unknown as { sidePanel?: SidePanelApi }).sidePanel;
  if (!sidePanel?.setPanelBehavior || !browser.action?.setPopup) return 'popup';
  await browser.action.setPopup({ popup: '' });
  await sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  return 'side-panel';
}
