import { afterEach, describe, expect, it, vi } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { CHECK_BY_ID } from '../../shared/checks/index.ts';
import { columnAnalysis } from '../../shared/columns/column-analysis.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import { countyPage } from '../checks/column-site/county-site.ts';
import { COLUMN_CHECKS, ORIGIN, runSite } from '../checks/column-site/run-site.ts';
import { AS_OF, problemSite } from '../checks/column-site/sites.ts';

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the column analysis, shared by the column checks and policy-interpretation', () => {
  it('summarises each page once and analyses the site once for the three column checks', async () => {
    const collect = vi.spyOn(columnAnalysis, 'collect');
    const finish = vi.spyOn(columnAnalysis, 'finish');
    const site = problemSite();
    const { findings } = await runSite(site, { asOf: AS_OF, checks: [...COLUMN_CHECKS, 'policy-interpretation'] });
    expect(collect).toHaveBeenCalledTimes(Object.keys(site).length);
    expect(finish).toHaveBeenCalledTimes(1);
    expect(new Set(findings.map((f) => f.checkId))).toEqual(new Set(COLUMN_CHECKS));
  });

  it('stores each page summary once, under "columns", not once per column check', async () => {
    const engine = new CheckEngine({
      checks: COLUMN_CHECKS.map((id) => CHECK_BY_ID.get(id)!),
      siteUrl: `${ORIGIN}/`,
      asOf: AS_OF,
      profiles: ['national'],
      capabilities: { rendered: false, network: false },
    });
    const [path, page] = Object.entries(problemSite())[0];
    const { collected } = await engine.inspectPage(snapshotOf(countyPage(page), `${ORIGIN}${path}`, { depth: 0 }));
    expect(collected.map(([id]) => id)).toEqual(['columns']);
  });
});
