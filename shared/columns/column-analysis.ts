import { gather } from '../checks/collected.ts';
import { defineAnalysis } from '../checks/define-check.ts';
import type { LinkProbe, ProbeResult } from '../checks/link-probe.ts';
import { analyseColumns, type ColumnAnalysis } from './analyse.ts';
import { collectColumnPage, type ColumnPage } from './collect.ts';

// Firewalls answer robots with these while people get the page: not proof that the column is dead.
const BLOCKED = new Set([401, 403, 429, 999]);
const NOT_JUDGED = new Set(['blocked-by-robots', 'unsupported-scheme']);
const isDead = (r: ProbeResult) =>
  !r.skipped && (r.error ? !NOT_JUDGED.has(r.error) : r.status >= 400 && !BLOCKED.has(r.status));

/**
 * Column pages the crawl did not inspect (an error page, a page limit, another host) are probed, so a dead
 * column counts as blank in every column check and in the column tree. Without a probe nothing changes.
 */
async function probeUnvisited(analysis: ColumnAnalysis, probe: LinkProbe | undefined): Promise<ColumnAnalysis> {
  if (!probe) return analysis;
  const columns = await Promise.all(
    analysis.columns.map(async (c) => {
      if (c.state !== 'unvisited' || !c.match || c.match.source === 'article') return c;
      const result = await probe.probe(c.match.url);
      return isDead(result)
        ? { ...c, state: 'dead' as const, page: { status: result.status, entryCount: 0, datedCount: 0 } }
        : c;
    }),
  );
  return { ...analysis, columns };
}

/**
 * What every column check judges from: a small summary of each page (also read by policy-interpretation's
 * collect), and the column tree of the site, dead column pages included, analysed once per crawl.
 */
export const columnAnalysis = defineAnalysis<ColumnPage, ColumnAnalysis>({
  id: 'columns',
  collect: ({ page, asOf }) => collectColumnPage(page, asOf),
  finish: async (collected, ctx) => probeUnvisited(analyseColumns(await gather(collected), ctx), ctx.probe),
});
