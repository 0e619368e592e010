import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, launchWithExtension, marksOnPage, openedExtensionPage } from './extension-browser.ts';
import { serveNotice, type FixtureSite } from './extension-fixture-site.ts';

/** The extension as released: no host permissions at all, only what a click on its toolbar icon grants. */
let site: FixtureSite;
let browser: Browser;
let extensionId: string;
let page: Page;

beforeAll(async () => {
  const extension = buildExtension({ loopback: false });
  site = await serveNotice();
  ({ browser, extensionId } = await launchWithExtension(extension));
  page = await browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const inspectFrom = async (ui: Page) => {
  await ui.waitForSelector('button.inspect');
  await ui.$eval('button.inspect', (b) => (b as HTMLElement).click());
  await ui.waitForSelector('.page-results, .error');
  return ui.$$eval('.page-results li.finding .message', (ls) => ls.map((l) => l.textContent ?? ''));
};

describe('released build (activeTab only)', () => {
  it('a toolbar click grants the page: 检查本页 works from the popup, and never fetches links', async () => {
    await page.triggerExtensionAction((await browser.extensions()).get(extensionId)!);
    const popup = await openedExtensionPage(browser, '/popup.html');
    const messages = await inspectFrom(popup);
    expect(messages.some((m) => m.includes('布署'))).toBe(true);
    expect(messages.some((m) => m.includes('missing-plan.doc'))).toBe(false);
    expect((await marksOnPage(page)).some((m) => m.text === '布署')).toBe(true);
    // Without host permission, the background must not probe the page's links, and the popup says so with a
    // button that asks for this site only.
    expect(site.requests.filter((r) => r.includes('missing-plan'))).toEqual([]);
    const notice = await popup.$eval('.unchecked-links', (p) => p.textContent ?? '');
    expect(notice).toMatch(/个链接未检查.*127\.0\.0\.1/);
    expect(await popup.$('.unchecked-links button.grant-recheck')).not.toBeNull();
  });

  it('the popup hands over to the side panel, which keeps working on the granted tab', async () => {
    const popup = await openedExtensionPage(browser, '/popup.html');
    await popup.$eval('button.open-side-panel', (b) => (b as HTMLElement).click());
    const sidePanel = await openedExtensionPage(browser, '/sidepanel.html');
    expect((await inspectFrom(sidePanel)).some((m) => m.includes('布署'))).toBe(true);
  });
});
