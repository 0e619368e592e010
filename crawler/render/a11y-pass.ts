import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'puppeteer-core';
import type { A11yAudit } from '../../shared/a11y/audit-types.ts';
import { measurePage } from '../../shared/a11y/measure-page.ts';
import { runAxe, type AxeRunSettings } from '../../shared/a11y/run-axe.ts';
import { captureEvidence } from './a11y-evidence.ts';

const require = createRequire(import.meta.url);
let axeSource: string | undefined;
let zhCN: string | undefined;

/** What BrowserPool.render runs when asked for `{ axe }`. */
export interface A11yPassOptions {
  /** Axe rule/tag selection; default WCAG 2.0/2.1 A+AA. */
  settings?: AxeRunSettings;
  /** Folder for evidence screenshots (the report's evidence folder); none taken when absent. */
  evidenceDir?: string;
}

/**
 * Registers axe-core on every document the tab loads (frames included, so axe can audit iframes), before
 * the page's own scripts run: an AMD `define` on the page then cannot capture it.
 */
export async function prepareA11y(page: Page): Promise<void> {
  axeSource ??= readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  await page.evaluateOnNewDocument(axeSource);
}

/**
 * The same two shared functions the extension calls, sent as source. `__name` is the helper esbuild (tsx)
 * inserts into compiled functions to keep their names; the page does not have it.
 */
function auditExpression(settings: AxeRunSettings): string {
  zhCN ??= readFileSync(require.resolve('axe-core/locales/zh_CN.json'), 'utf8');
  return `(async (locale, settings) => {
    const __name = (f) => f;
    ${runAxe.toString()}
    ${measurePage.toString()}
    return { axe: await runAxe(window.axe, locale, settings), ...measurePage() };
  })(${zhCN}, ${JSON.stringify(settings)})`;
}

/** Runs the accessibility pass on a loaded tab; screenshots the first node of each violated rule. */
export async function runA11yPass(page: Page, options: A11yPassOptions): Promise<A11yAudit> {
  const audit = (await page.evaluate(auditExpression(options.settings ?? {}))) as A11yAudit;
  if (options.evidenceDir) await captureEvidence(page, audit, options.evidenceDir);
  return audit;
}
