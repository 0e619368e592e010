import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderHtmlReport } from '../../crawler/report/html-report.ts';
import { htmlToPdf } from '../../crawler/report/pdf-report.ts';
import { launchChromium } from '../../crawler/render/chromium.ts';
import { withRecheck } from '../../shared/report/diff.ts';
import { BASE_FINDINGS, HOSTILE_TEXT, HOSTILE_TITLE, hostileReport, makeReport } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'govcheck-html-'));
const report = withRecheck(hostileReport(), makeReport(BASE_FINDINGS.slice(1), '2026-10-20T02:00:00Z'));
const html = renderHtmlReport(report);
const fileUrl = pathToFileURL(join(dir, 'report.html')).href;
writeFileSync(join(dir, 'report.html'), html);

// Worked out from the fixture by hand, not from the code under test.
const EXPECTED_STATS = { pages: '4', failures: '5', vetoes: '1', incomplete: '1', new: '2', open: '4', fixed: '0' };

let browser: Browser;
let page: Page;
const requests: string[] = [];
const dialogs: string[] = [];
const pageErrors: string[] = [];

beforeAll(async () => {
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 1000 });
  page.on('request', (r) => {
    if (!r.url().startsWith('data:')) requests.push(r.url());
  });
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  await page.goto(fileUrl, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
});

describe('HTML report in Chromium', () => {
  it('loads nothing but itself and runs its script without errors', () => {
    expect(requests).toEqual([fileUrl]);
    expect(pageErrors).toEqual([]);
    expect(html).toContain('Content-Security-Policy');
  });

  it('shows the summary numbers in the screenshot', async () => {
    const shot = await page.screenshot();
    expect(shot.length).toBeGreaterThan(10_000);
    for (const [stat, expected] of Object.entries(EXPECTED_STATS)) {
      const number = await page.$(`#summary [data-stat="${stat}"] strong`);
      const clip = (await number!.boundingBox())!;
      expect(clip.y + clip.height).toBeLessThan(1000); // inside the first screen
      const shown = await page.screenshot({ clip });
      // Same element, expected text written in: identical pixels only if the page already showed exactly that.
      const original = await number!.evaluate((el, text) => {
        const old = el.textContent;
        el.textContent = text;
        return old;
      }, expected);
      const reference = await page.screenshot({ clip });
      const blank = await number!
        .evaluate((el) => {
          el.textContent = '';
        })
        .then(() => page.screenshot({ clip }));
      await number!.evaluate((el, text) => {
        el.textContent = text;
      }, original);
      expect(Buffer.compare(shown, reference), `summary number "${stat}"`).toBe(0);
      expect(Buffer.compare(shown, blank), `summary number "${stat}" is visible`).not.toBe(0);
    }
  });

  it('keeps the hostile fixture inert: shown as text, no element, no handler, no dialog', async () => {
    const dom = await page.evaluate(() => ({
      stray: document.querySelectorAll('img:not(.evidence), [onerror]').length,
      evidence: [...document.querySelectorAll<HTMLImageElement>('img.evidence')].map((i) => i.naturalWidth),
      text: document.body.innerText,
    }));
    expect(dom.stray).toBe(0);
    expect(dom.evidence).toEqual([4]);
    expect(dom.text).toContain(HOSTILE_TITLE);
    expect(dom.text).toContain(HOSTILE_TEXT);
    expect(dialogs).toEqual([]);
  });

  it('filters, searches and sorts the problem list', async () => {
    const visibleIds = () =>
      page.$$eval('#findings tbody tr:not([hidden]) td:first-child', (tds) => tds.map((td) => td.textContent));
    await page.type('.controls[data-for=findings] input', '帐号');
    expect(await visibleIds()).toEqual(['5']);
    await page.$eval('.controls[data-for=findings] input', (el) => {
      (el as HTMLInputElement).value = '';
    });
    await page.select('.controls[data-for=findings] select[data-filter=severity]', '一般');
    expect((await visibleIds()).length).toBe(2);
    await page.select('.controls[data-for=findings] select[data-filter=severity]', '');
    await page.click('#findings th[data-sort=index]');
    await page.click('#findings th[data-sort=index]');
    expect(await visibleIds()).toEqual(['6', '5', '4', '3', '2', '1']);
  });
});

describe('PDF', () => {
  it('prints the report with its Chinese text and the hostile strings as plain text', async () => {
    const path = join(dir, 'report.pdf');
    writeFileSync(path, await htmlToPdf(html, browser));
    // Reading order (no -layout) keeps a wrapped table cell's lines together; line breaks are dropped.
    const text = execFileSync('pdftotext', [path, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    for (const expected of [
      '示例县人民政府网站检查报告',
      '检查结论：不合格：存在1项单项否决问题',
      '问题清单',
      '疑似错别字“帐号”',
      '新发现',
    ]) {
      expect(text).toContain(expected);
    }
    // Neighbouring table cells interleave in the extracted text, so the hostile strings are checked in pieces.
    for (const piece of ['疑似错别字：<imgsrc=x', '=HYPERLINK("http://evil.example/?x', '点我'])
      expect(text).toContain(piece);
    expect(text).not.toContain('\uFFFD');
  });
});
