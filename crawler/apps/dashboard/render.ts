import { createHash } from 'node:crypto';
import { h, type ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { REPORT_CSS } from '../../../shared/report/components/report-style.ts';
import { escapeHtml, stripControls } from '../../../shared/report/escape.ts';
import { DASHBOARD_SCRIPT } from './client-script.ts';
import { DASHBOARD_CSS } from './dashboard-style.ts';
import type { Lang, Translate } from './i18n.ts';
import { Layout } from './views/layout.tsx';

const SCRIPT_HASH = createHash('sha256').update(DASHBOARD_SCRIPT).digest('base64');

/** Only our script (by hash) and same-origin requests; page-derived markup could neither run nor load anything. */
export const DASHBOARD_CSP =
  `default-src 'none'; script-src 'sha256-${SCRIPT_HASH}'; style-src 'unsafe-inline'; ` +
  `img-src data:; connect-src 'self'; form-action 'self'; base-uri 'none'; frame-ancestors 'none'`;

/**
 * A whole page: server-rendered Preact (escaped by Preact), the report stylesheet, one inline script.
 * Referrer policy same-origin, not no-referrer: with no-referrer Chromium sends `Origin: null` on our own form
 * posts, and the re-crawl check needs the real origin. Links to crawled pages carry rel=noreferrer anyway.
 */
export function renderPage(title: string, t: Translate, lang: Lang, body: ComponentChildren): string {
  // Crawled titles and text may carry control characters; none of them belongs in an HTML page.
  const html = stripControls(renderToString(h(Layout, { t, lang, children: body })));
  return `<!doctype html>
<html lang="${lang === 'en' ? 'en' : 'zh-CN'}"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="same-origin">
<title>${escapeHtml(stripControls(title))} · govcheck</title>
<style>${REPORT_CSS}${DASHBOARD_CSS}</style>
</head><body>${html}<script>${DASHBOARD_SCRIPT}</script></body></html>
`;
}
