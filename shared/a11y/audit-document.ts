import type { A11yAudit } from './audit-types.ts';
import { measurePage } from './measure-page.ts';
import { runAxe, type AxeModule, type AxeRunSettings } from './run-axe.ts';

/**
 * The whole accessibility pass on the live document, for hosts that can import modules (the extension's
 * content script: `snapshot.a11y = await auditDocument(axe, zhCN)` with axe-core and
 * axe-core/locales/zh_CN.json bundled). The crawler runs the same two functions from source inside Chromium.
 */
export async function auditDocument(
  axe: AxeModule,
  locale: { lang?: string } | null,
  settings: AxeRunSettings = {},
): Promise<A11yAudit> {
  return { axe: await runAxe(axe, locale, settings), ...measurePage() };
}
