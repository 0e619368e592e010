import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { screenshotDir } from '../helpers/screenshot-dir.ts';
import {
  buildExtension,
  launchWithExtension,
  marksOnPage,
  overlayElements,
  type OverlayElement,
} from './extension-browser.ts';
import { serveKinds, type KindsSite } from './extension-kinds-site.ts';

const SHOTS = screenshotDir();
const VIEWPORT = { width: 1000, height: 700 };

let site: KindsSite;
let browser: Browser;
let extensionId: string;
let page: Page;
let panel: Page;

declare const chrome: {
  tabs: { query(q: object): Promise<{ id?: number }[]> };
  runtime: { sendMessage(m: object): Promise<{ ok: boolean; value: { findings: Finding[] } }> };
};

beforeAll(async () => {
  const extension = buildExtension({ loopback: true });
  site = await serveKinds();
  ({ browser, extensionId } = await launchWithExtension(extension));
  page = await browser.newPage();
  await page.goto(site.url, { waitUntil: 'load' });
  panel = await browser.newPage();
  await panel.setViewport({ width: 420, height: 900 });
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
  await page.bringToFront();
});

afterAll(async () => {
  await browser?.close();
  await site?.close();
});

const inspect = async () => {
  await panel.$eval('button.inspect', (b) => (b as HTMLElement).click());
  await panel.waitForSelector('.page-results');
  await panel.waitForFunction(() => !document.querySelector('button.inspect[disabled]'));
};

const clickFinding = (text: string) =>
  panel.$$eval(
    '.page-results li.finding',
    (items, wanted) => {
      const item = items.find((li) => li.querySelector('.message')?.textContent?.includes(wanted));
      (item!.querySelector('.message') as HTMLElement).click();
    },
    text,
  );

const inViewport = (e: OverlayElement) =>
  e.box !== null &&
  e.box.x >= 0 &&
  e.box.y >= 0 &&
  e.box.x + e.box.width <= VIEWPORT.width &&
  e.box.y + e.box.height <= VIEWPORT.height;

describe('extension on hidden content, frames and many links', () => {
  it('checks the page and its same-origin frame, lists the other origin’s frame, one probe per target', async () => {
    site.requests.length = 0;
    await inspect();
    const findings = await panel.$$eval('.page-results li.finding', (items) =>
      items.map((li) => ({
        severity: li.querySelector('.sev')?.textContent,
        message: li.querySelector('.message')?.textContent ?? '',
      })),
    );
    // The 严重错别字 is shown as 单项否决.
    expect(findings).toContainEqual({ severity: '单项否决', message: expect.stringContaining('习近苹') });
    // The typo inside the same-origin iframe is found and highlighted inside the frame.
    expect(findings.some((f) => f.message.includes('布署'))).toBe(true);
    expect(await marksOnPage(page)).toContainEqual({ category: 'typo', text: '布署', report: false, hidden: false });
    const frames = await panel.$$eval('.frames li', (ls) => ls.map((l) => [l.className, l.textContent ?? '']));
    expect(frames).toContainEqual(['checked', expect.stringContaining('/frame.html')]);
    expect(frames).toContainEqual(['not-checked', expect.stringMatching(/未检查.*\/ad\.html.*跨域框架/)]);
    // 50 links to 10 targets: exactly one request per target, HEAD only (they all answer 200), and no other
    // request at the site is repeated.
    const targets = site.requests.filter((r) => r.includes('/t/'));
    expect(targets).toHaveLength(10);
    expect(new Set(targets)).toEqual(new Set([...Array(10)].map((_, i) => `HEAD /t/${i}.html`)));
    expect(new Set(site.requests).size).toBe(site.requests.length);
    // The page cannot tell the extension is installed by fetching its segmenter at the fixed URL.
    const probed = await page.evaluate(
      (id) =>
        fetch(`chrome-extension://${id}/jieba/jieba_rs_wasm_bg.wasm`).then(
          (r) => r.status,
          () => 'refused',
        ),
      extensionId,
    );
    expect(probed).toBe('refused');
  });

  it('shows the off-screen spam block in the viewport, labelled with how it is hidden; can reveal it', async () => {
    await clickFinding('example-casino.com');
    await page.bringToFront();
    // Focusing goes panel → background → page; wait until the page has drawn it as the current one.
    const overlay = await vi.waitFor(
      async () => {
        const elements = await overlayElements(page);
        expect(elements.find((e) => e.classes.includes('current'))?.attributes['data-category']).toBe('spam');
        // A tab just brought to the front may not have laid out its layers yet.
        const needed = elements.filter(
          (e) => e.classes.includes('current') || e.classes.includes('label') || e.classes.includes('reveal'),
        );
        expect(needed.length >= 3 && needed.every((e) => e.box)).toBe(true);
        return elements;
        // Generous: on a loaded machine the hand-over and the first layout of the layers take seconds.
      },
      { timeout: 30_000, interval: 200 },
    );
    const mark = overlay.find((e) => e.classes.includes('mark') && e.classes.includes('current'));
    expect(mark?.classes).toContain('hidden-target');
    expect(inViewport(mark!)).toBe(true);
    const label = overlay.find((e) => e.classes.includes('label') && e.text.includes('移出屏幕'));
    expect(label && inViewport(label)).toBe(true);
    await page.screenshot({ path: `${SHOTS}extension-hidden.png` });
    // White-on-white text is boxed where it stands; an image that did not load is not called hidden.
    const white = await page.$eval('#white', (p) => p.getBoundingClientRect().toJSON() as DOMRect);
    const sameColour = overlay.find((e) => e.classes.includes('label') && e.text.includes('同色文字'));
    expect(sameColour?.box?.x).toBeCloseTo(white.x, 0);
    expect(overlay.filter((e) => e.classes.includes('label')).map((e) => e.text)).not.toContainEqual(
      expect.stringContaining('尺寸为 0'),
    );
    expect(
      overlay.some(
        (e) =>
          e.classes.includes('mark') &&
          !e.classes.includes('hidden-target') &&
          e.attributes.title?.includes('missing.png'),
      ),
    ).toBe(true);

    const spamLeft = () => page.$eval('#injected a', (a) => a.getBoundingClientRect().left);
    expect(await spamLeft()).toBeLessThan(-1000);
    const reveal = overlay.find((e) => e.tag === 'button' && e.text === '显示隐藏内容')!;
    await page.mouse.click(reveal.box!.x + reveal.box!.width / 2, reveal.box!.y + reveal.box!.height / 2);
    await page.waitForFunction(() => document.querySelector('#injected a')!.getBoundingClientRect().left >= 0);
    const hide = await vi.waitFor(
      async () => {
        const button = (await overlayElements(page)).find((e) => e.tag === 'button' && e.text === '恢复隐藏');
        expect(button?.box).not.toBeNull();
        return button!;
      },
      { timeout: 5000 },
    );
    await page.mouse.click(hide.box!.x + hide.box!.width / 2, hide.box!.y + hide.box!.height / 2);
    await page.waitForFunction(
      () =>
        document.querySelector('#injected')!.getAttribute('style') === 'position:absolute;left:-10000px;top:-10000px',
    );
    expect(await spamLeft()).toBeLessThan(-1000);
  });

  it('finds on a frameset page what the crawler finds on its frames', async () => {
    const url = `${site.url}frameset.html`;
    await page.goto(url, { waitUntil: 'load' });
    const CHECKS = ['typo-serious', 'typo-confusion', 'spam-link', 'spam-text'];
    const key = (f: Finding) => `${f.checkId} ${new URL(f.url).pathname} ${f.text ?? ''} ${f.target ?? ''}`;
    const problems = (list: Finding[]) =>
      list
        .filter((f) => CHECKS.includes(f.checkId) && f.outcome === 'fail')
        .map(key)
        .sort();
    const fromExtension = await panel.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      return chrome.runtime.sendMessage({ type: 'inspect-tab', data: { tabId: tab.id, checkLinks: false } });
    });
    expect(fromExtension.ok).toBe(true);
    const report = await crawlSite(
      resolveOptions({
        startUrl: url,
        render: 'never',
        useSitemap: false,
        retries: 0,
        checks: CHECKS,
        asOf: '2026-11-23',
      }),
    );
    const crawled = problems(report.findings);
    expect(crawled).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^typo-serious \/fs\/main\.html 中国共党/),
        expect.stringMatching(/^spam-link \/fs\/menu\.html /),
      ]),
    );
    expect(problems(fromExtension.value.findings)).toEqual(crawled);
    // Highlights are drawn inside the frames.
    expect((await marksOnPage(page)).map((m) => m.category)).toEqual(expect.arrayContaining(['typo', 'spam']));
  });
});
