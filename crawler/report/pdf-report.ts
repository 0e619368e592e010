import type { Browser } from 'puppeteer-core';
import { launchChromium } from '../render/chromium.ts';

/**
 * Prints the self-contained HTML report to A4 PDF. The page gets no network (every request is aborted), so the
 * PDF shows exactly what the file holds. Pass a browser to reuse one; otherwise one is launched and closed.
 */
export async function htmlToPdf(html: string, browser?: Browser): Promise<Uint8Array> {
  const own = browser ? undefined : await launchChromium();
  const page = await (browser ?? own!).newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url().startsWith('data:') ? request.continue() : request.abort()));
    // No time limit: a list of thousands of problems takes Chromium tens of seconds to lay out and print.
    await page.setContent(html, { waitUntil: 'load', timeout: 0 });
    await page.emulateMediaType('print');
    return await page.pdf({
      format: 'A4', printBackground: true, timeout: 0, margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' },
      displayHeaderFooter: true, headerTemplate: '<span></span>',
      footerTemplate: '<div style="width:100%;text-align:center;font-size:9px"><span class="pageNumber"></span> / <span class="totalPages"></span></div>',
    });
  } finally {
    await page.close().catch(() => undefined);
    await own?.close();
  }
}
