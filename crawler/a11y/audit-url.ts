import { CHECKS } from '../../shared/checks/index.ts';
import type { AxeRunSettings } from '../../shared/a11y/run-axe.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { BrowserPool } from '../render/browser-pool.ts';
import { snapshotFromHtml } from '../page/snapshot-from-html.ts';

export const A11Y_CHECKS = CHECKS.filter((c) => c.category === 'a11y');

export interface AuditedPage {
  snapshot: PageSnapshot;
  findings: Finding[];
}

/**
 * The accessibility pass of one URL as a crawl runs it: render with axe, build the snapshot, run the a11y
 * checks. Used by the ACT evaluation, the benchmark and the end-to-end tests.
 */
export async function auditUrl(
  pool: BrowserPool,
  url: string,
  options: { settings?: AxeRunSettings; evidenceDir?: string; checks?: typeof A11Y_CHECKS } = {},
): Promise<AuditedPage> {
  const rendered = await pool.render(url, { axe: options.settings ?? true, evidenceDir: options.evidenceDir });
  if (!rendered.a11y) throw new Error(`accessibility pass failed on ${url}: ${rendered.a11yError ?? 'unknown'}`);
  const snapshot: PageSnapshot = {
    ...snapshotFromHtml({
      url,
      finalUrl: rendered.finalUrl,
      status: rendered.status,
      headers: rendered.headers,
      contentType: rendered.headers['content-type'] ?? 'text/html',
      charset: 'utf-8',
      html: rendered.html,
      rendered: true,
    }),
    a11y: rendered.a11y,
  };
  const engine = new CheckEngine({
    checks: options.checks ?? A11Y_CHECKS,
    siteUrl: url,
    asOf: new Date().toISOString().slice(0, 10),
    profiles: [],
    capabilities: { rendered: true, network: false },
  });
  return { snapshot, findings: await engine.checkPage(snapshot) };
}
