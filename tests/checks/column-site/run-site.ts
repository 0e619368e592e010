import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { CHECK_BY_ID } from '../../../shared/checks/index.ts';
import type { CheckSections } from '../../../shared/checks/sections.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import type { Finding } from '../../../shared/model/finding.ts';
import { countyPage, type PageSpec } from './county-site.ts';

export const ORIGIN = 'http://127.0.0.1:8080';
export const COLUMN_CHECKS = ['column-missing', 'column-empty', 'column-stale'];

export type SitePage = PageSpec & { depth: number; status?: number; rendered?: boolean; html?: string };

export interface SiteRun {
  findings: Finding[];
  sections: CheckSections;
}

/** Runs the given checks through the real engine over snapshots of the pages, then finish(). */
export async function runSite(
  pages: Record<string, SitePage>,
  options: {
    checks?: string[];
    asOf: string;
    profiles?: string[];
    checkOptions?: Record<string, Record<string, unknown>>;
  },
): Promise<SiteRun> {
  const engine = new CheckEngine({
    checks: (options.checks ?? COLUMN_CHECKS).map((id) => CHECK_BY_ID.get(id)!),
    siteUrl: `${ORIGIN}/`,
    asOf: options.asOf,
    profiles: options.profiles ?? ['national'],
    checkOptions: options.checkOptions,
    capabilities: { rendered: false, network: false },
    debug: true,
  });
  const findings: Finding[] = [];
  for (const [path, page] of Object.entries(pages)) {
    const url = `${ORIGIN}${path}`;
    findings.push(
      ...(await engine.checkPage(
        snapshotOf(page.html ?? countyPage(page), url, {
          depth: page.depth,
          status: page.status ?? 200,
          rendered: page.rendered ?? false,
        }),
      )),
    );
  }
  findings.push(...(await engine.finish()));
  return { findings, sections: engine.sections };
}

/** The findings as short, comparable lines: check, message, column, page path, severity, outcome. */
export const summary = (findings: Finding[]) =>
  findings
    .map((f) => `${f.checkId} ${f.messageId} ${f.column ?? ''} ${f.url.replace(ORIGIN, '')} ${f.severity} ${f.outcome}`)
    .sort();
