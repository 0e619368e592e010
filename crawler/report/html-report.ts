import { createHash } from 'node:crypto';
import { renderToString } from 'preact-render-to-string';
import { h } from 'preact';
import type { Report } from '../../shared/model/report.ts';
import { ReportView, reportTitle } from '../../shared/report/components/report-view.tsx';
import { REPORT_CSS } from '../../shared/report/components/report-style.ts';
import { escapeHtml, stripControls } from '../../shared/report/escape.ts';
import { findingRows, resolvedRows, type RectifyOptions } from '../../shared/report/rows.ts';
import { summarize } from '../../shared/report/summary.ts';
import { REPORT_SCRIPT } from './html-script.ts';

const SCRIPT_HASH = createHash('sha256').update(REPORT_SCRIPT).digest('base64');

/**
 * The policy is a second wall behind escaping: no network at all, only our own script (by hash), only inline
 * styles and data: images. Even markup that slipped through escaping could neither run nor load anything.
 */
export const REPORT_CSP =
  `default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'; style-src 'unsafe-inline'; ` +
  `img-src data:; form-action 'none'; base-uri 'none'`;

/**
 * One self-contained HTML file: inline CSS, inline SVG charts, one inline script, no requests. Control
 * characters from crawled pages (a bell or terminal escape in a title) are dropped from the whole document,
 * text and attributes alike; our own markup has none.
 */
export function renderHtmlReport(report: Report, options: RectifyOptions = {}): string {
  const body = renderToString(
    h(ReportView, {
      report,
      summary: summarize(report),
      rows: findingRows(report, options),
      resolved: resolvedRows(report, options),
    }),
  );
  return stripControls(`<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${REPORT_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(reportTitle(report))}</title>
<style>${REPORT_CSS}</style>
</head><body>${body}<script>${REPORT_SCRIPT}</script></body></html>
`);
}
