import { browser } from 'wxt/browser';

/** The two APIs this needs; passed in so tests can offer a browser with or without a side panel. */
export interface PanelApis {
  action: { setPopup(details: { popup: string }): Promise<void> };
  sidePanel?: { setPanelBehavior(behavior: { openPanelOnActionClick: boolean }): Promise<void> };
}

/**
 * Chrome and Edge open the side panel from the toolbar icon; browsers without chrome.sidePanel (older 360/QQ
 * builds) keep the popup the manifest declares. Firefox shows the same page as its sidebar.
 */
export async function preferSidePanel(apis: PanelApis = browser as unknown as PanelApis): Promise<'side-panel' | 'popup'> {
  if (!apis.sidePanel?.setPanelBehavior) return 'popup';
  await apis.action.setPopup({ popup: '' });
  await apis.sidePanel.setPanelBehavior({ openPanelOnActionClick: true });
  return 'side-panel';
}
