import type { Browser } from 'puppeteer-core';
import type { Report } from '../../shared/model/report.ts';
import { launchChromium } from '../render/chromium.ts';
import { documentToHtml } from './document/document-html.ts';
import { rectificationNotices } from './docx/docx-report.ts';
import { renderHtmlReport } from './html-report.ts';
import type { ReportOptions } from './write-reports.ts';

/**
 * Prints the self-contained HTML report to A4 PDF. The page gets no network (every request is aborted), so the
 * PDF shows exactly what the file holds. Pass a browser to reuse one; otherwise one is launched and closed.
 * With cssPages the document's own @page rules set size, orientation and margins (an official document with
 * a landscape annex); otherwise A4 portrait with the report's margins.
 */
export async function htmlToPdf(html: string, browser?: Browser, cssPages = false): Promise<Uint8Array> {
  const own = browser ? undefined : await launchChromium();
  const page = await (browser ?? own!).newPage();
  try {
    await page.setRequestInterception(true);
    page.on('request', (request) => void (request.url().startsWith('data:') ? request.continue() : request.abort()));
    // No time limit: a list of thousands of problems takes Chromium tens of seconds to lay out and print.
    await page.setContent(html, { waitUntil: 'load', timeout: 0 });
    await page.emulateMediaType('print');
    const pageNumbers = cssPages
      ? '<div style="width:100%;text-align:center;font-size:12px">— <span class="pageNumber"></span> —</div>'
      : '<div style="width:100%;text-align:center;font-size:9px"><span class="pageNumber"></span> / ' +
        '<span class="totalPages"></span></div>';
    return await page.pdf({
      ...(cssPages
        ? { preferCSSPageSize: true }
        : { format: 'A4', margin: { top: '15mm', bottom: '15mm', left: '12mm', right: '12mm' } }),
      printBackground: true,
      timeout: 0,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: pageNumbers,
    });
  } finally {
    await page.close().catch(() => undefined);
    await own?.close();
  }
}

/**
 * The PDF format: the report itself (''), and the 整改通知 as filed ('整改通知', and '整改通知.<unit>' per
 * responsible unit), printed from the same document the DOCX is written from. One Chromium serves them all.
 */
export async function renderPdfReports(report: Report, options: ReportOptions): Promise<Record<string, Uint8Array>> {
  const own = options.browser ? undefined : await launchChromium();
  const browser = options.browser ?? own!;
  try {
    const parts: Record<string, Uint8Array> = { '': await htmlToPdf(renderHtmlReport(report, options), browser) };
    for (const [unit, notice] of Object.entries(rectificationNotices(report, options))) {
      parts[unit ? `${NOTICE_PART}.${unit}` : NOTICE_PART] = await htmlToPdf(documentToHtml(notice), browser, true);
    }
    return parts;
  } finally {
    await own?.close();
  }
}

/** File-name part of the notice PDFs: `<base>.整改通知.pdf`. */
export const NOTICE_PART = '整改通知';
