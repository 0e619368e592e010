import { describe, expect, it, vi } from 'vitest';
import { preferSidePanel } from '@/entrypoints/background/side-panel.ts';

const action = () => ({ setPopup: vi.fn(async () => undefined) });

describe('side panel or popup', () => {
  it('opens the side panel from the toolbar icon where the browser has one', async () => {
    const apis = { action: action(), sidePanel: { setPanelBehavior: vi.fn(async () => undefined) } };
    expect(await preferSidePanel(apis)).toBe('side-panel');
    expect(apis.action.setPopup).toHaveBeenCalledWith({ popup: '' });
    expect(apis.sidePanel.setPanelBehavior).toHaveBeenCalledWith({ openPanelOnActionClick: true });
  });

  it('keeps the popup where there is no side panel', async () => {
    const apis = { action: action() };
    expect(await preferSidePanel(apis)).toBe('popup');
    expect(apis.action.setPopup).not.toHaveBeenCalled();
  });
});
