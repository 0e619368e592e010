import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page, WebWorker } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { assertValidReport } from '../helpers/validate-report.ts';
import { buildExtension, launchWithExtension, marksOnPage, overlayElements, ROOT } from './extension-browser.ts';
import { NOTICE_HTML, serveNotice, type FixtureSite } from './extension-fixture-site.ts';
import { reportFor } from './extension-report-fixture.ts';
import { screenshotDir } from '../helpers/screenshot-dir.ts';

const SHOTS = screenshotDir();

let site: FixtureSite;
let browser: Browser;
let worker: WebWorker;
let extensionId: string;
let page: Page;
let panel: Page;

/** The few extension APIs the test calls inside the panel and the service worker. */
declare const chrome: {
  i18n: { getUILanguage(): string };
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  action: { getBadgeText(d: { tabId: number }): Promise<string> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

const clickInPanel = (selector: string) => panel.$eval(selector, (el) => (el as HTMLElement).click());

beforeAll(async () => {
  const extension = buildExtension({ loopback: true });
  site = await serveNotice();
  ({ browser, worker, extensionId } = await launchWithExtension(extension));
  page = await browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  panel = await browser.newPage();
  await panel.setViewport({ width: 420, height: 760 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  // The panel inspects the active tab of its window, as the side panel does beside the page.
  await page.bringToFront();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

describe('extension in Chromium', () => {
  it('检查本页 runs the shared checks, lists them in the panel and highlights them in the page', async () => {
    // Chinese needs Debian's chromium-l10n; without it Chromium's UI (and the extension) falls back to English.
    const locale = (await panel.evaluate(() => chrome.i18n.getUILanguage())).startsWith('zh') ? 'zh_CN' : 'en';
    const labels = JSON.parse(readFileSync(join(ROOT, `public/_locales/${locale}/messages.json`), 'utf8'));
    expect(await panel.$eval('button.inspect', (b) => b.textContent)).toBe(labels.inspectPage.message);
    await clickInPanel('button.inspect');
    await panel.waitForSelector('.page-results');
    const groups = (await panel.$$eval('.page-results details', (ds) =>
      Object.fromEntries(ds.map((d) => [d.getAttribute('data-category'), d.querySelectorAll('li.finding').length])),
    )) as Record<string, number>;
    expect(groups.typo).toBeGreaterThanOrEqual(1);
    expect(groups['broken-link']).toBe(1);
    const messages = await panel.$$eval('.page-results li.finding .message', (ls) => ls.map((l) => l.textContent));
    expect(messages.some((m) => m?.includes('布署') && m.includes('部署'))).toBe(true);
    expect(messages.some((m) => m?.includes('/files/missing-plan.doc') && m.includes('404'))).toBe(true);
    expect(messages.some((m) => m?.includes('/ok.html'))).toBe(false);
    // axe-core, bundled into the content script, audits the live page.
    expect(messages.some((m) => /图片缺少替代文本|no text alternative/.test(m ?? ''))).toBe(true);

    const marks = await marksOnPage(page);
    expect(marks).toContainEqual({ category: 'typo', text: '布署', report: false, hidden: false });
    // The display:none spam link is marked, flagged hidden, at the visible block around it.
    expect(marks.some((m) => m.category === 'spam' && m.hidden)).toBe(true);
    expect(marks.some((m) => m.category === 'broken-link')).toBe(true);
    const tabId = await panel.evaluate(
      async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0].id!,
    );
    const badge = await worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    expect(Number(badge)).toBe(Object.values(groups).reduce((a, b) => a + b, 0));

    // Clicking a finding in the panel makes its highlight the current one in the page.
    await clickInPanel('details[data-category="typo"] li.finding .message');
    await vi.waitFor(async () =>
      expect(
        (await overlayElements(page)).find((e) => e.classes.includes('current'))?.attributes['data-category'],
      ).toBe('typo'),
    );
    await page.screenshot({ path: `${SHOTS}extension-highlight.png` });
    // A background tab paints no frames, so the panel comes forward for its picture and then yields again.
    await panel.bringToFront();
    await panel.screenshot({ path: `${SHOTS}extension-panel.png`, fullPage: true });
    await page.bringToFront();
  });

  it('marks 不是错别字 in storage and stops highlighting the term', async () => {
    await panel.$$eval('.page-results li.finding', (items) => {
      const typo = items.find((li) => li.querySelector('.message')?.textContent?.includes('布署'));
      (typo!.querySelector('button.not-typo') as HTMLElement).click();
    });
    await panel.waitForSelector('.page-results li.finding.marked');
    const stored = await worker.evaluate(() => chrome.storage.local.get('marks'));
    expect(stored.marks).toMatchObject({ notTypo: ['布署'] });
    await clickInPanel('button.inspect');
    await vi.waitFor(async () => expect((await marksOnPage(page)).some((m) => m.text === '布署')).toBe(false));
  });

  it('imports a crawler report and overlays this page’s findings, typos positioned by text', async () => {
    const report = await reportFor(site.url, NOTICE_HTML);
    assertValidReport(report);
    const file = join(mkdtempSync(join(tmpdir(), 'govcheck-ext-')), 'report.json');
    writeFileSync(file, JSON.stringify(report));
    const input = await panel.$('input.report-file');
    await input!.uploadFile(file);
    await panel.waitForSelector('.report-loaded');
    await clickInPanel('button.show-report');
    await panel.waitForSelector('.report-results');
    const listed = await panel.$$eval('.report-results li.finding .message', (ls) => ls.map((l) => l.textContent));
    expect(listed.some((m) => m?.includes('工做') && m.includes('工作'))).toBe(true);
    expect(listed.some((m) => m?.includes('己经'))).toBe(false);
    const marks = await marksOnPage(page);
    expect(marks).toContainEqual({ category: 'typo', text: '工做', report: true, hidden: false });
    expect(marks.every((m) => m.report)).toBe(true);
  });
});
