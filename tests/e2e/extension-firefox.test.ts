import { existsSync } from 'node:fs';
import puppeteer, { type Browser, type Page, type Target } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from './extension-browser.ts';
import { NOTICE_HTML, serveNotice, type FixtureSite } from './extension-fixture-site.ts';

/** Debian's firefox-esr (scripts/setup.sh installs it). */
const FIREFOX = '/usr/bin/firefox-esr';
const GECKO_ID = 'govcheck@govcheck.local';
/** Firefox gives each install a random moz-extension host; this preference fixes it for the test profile. */
const UUID = '6f1b5a3e-4c2d-4e8f-9a0b-1c2d3e4f5a6b';
/** 一搬 (一般) is found only with jieba's segmentation (tests/e2e/extension-segment.test.ts): its finding proves
 * the wasm segmenter loaded. */
const PAGE = NOTICE_HTML.replace('</body>', '<p id="rule">各部门要一搬按照规定办理，不得推诿。</p></body>');

let site: FixtureSite;
let browser: Browser;
let page: Page;
let panel: Page;

describe.skipIf(!existsSync(FIREFOX))('extension in Firefox (firefox-esr over WebDriver BiDi)', () => {
  beforeAll(async () => {
    const extension = buildExtension({ loopback: true, firefox: true });
    site = await serveNotice(PAGE);
    browser = await puppeteer.launch({
      browser: 'firefox',
      executablePath: FIREFOX,
      headless: true,
      enableExtensions: true,
      extraPrefsFirefox: { 'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: UUID }) },
    });
    expect(await browser.installExtension(extension)).toBe(GECKO_ID);
    page = await browser.newPage();
    await page.goto(site.url, { waitUntil: 'load' });
    // WebDriver BiDi refuses to navigate to moz-extension: pages; the page opens the panel (test build only).
    const opened = new Promise<Target>((resolve) => browser.once('targetcreated', resolve));
    await page.evaluate((url) => void window.open(url), `moz-extension://${UUID}/sidepanel.html`);
    panel = (await (await opened).page())!;
    await panel.waitForSelector('button.inspect');
    await page.bringToFront();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('检查本页 finds a typo, the hidden spam link and the image without alt, with the wasm segmenter', async () => {
    await panel.$eval('button.inspect', (b) => (b as HTMLElement).click());
    await panel.waitForSelector('.page-results, .error', { timeout: 60_000 });
    expect(await panel.$('.error')).toBeNull();
    const findings = await panel.$$eval('.page-results li.finding', (items) =>
      items.map((li) => ({
        category: li.closest('details')?.getAttribute('data-category'),
        message: li.querySelector('.message')?.textContent ?? '',
      })),
    );
    const about = (category: string, text: string) =>
      findings.some((f) => f.category === category && f.message.includes(text));
    expect(about('typo', '布署')).toBe(true);
    // A segmentation-only finding (shown as typo or as 疑似, as the typo checks grade it).
    expect(findings.some((f) => f.message.includes('一搬'))).toBe(true);
    expect(about('spam', 'www.example-casino.com')).toBe(true);
    expect(about('a11y', 'no text alternative') || about('a11y', '图片缺少替代文本')).toBe(true);
    expect(about('broken-link', '/files/missing-plan.doc')).toBe(true);
  });
});
