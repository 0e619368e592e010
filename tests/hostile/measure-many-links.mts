/**
 * Times one crawl of the hostile site's 10,000-link page (docs/benchmarks.md, 恶意输入):
 *   node --import tsx tests/hostile/measure-many-links.mts [--db FILE] [--checks a,b]
 * Same options as tests/hostile/inputs.test.ts, starting at /links.html: the page itself (fetch, snapshot, page
 * checks, 4,000 in-site links offered to the capped frontier), the other 149 pages, then the site checks
 * (link-broken probes ~10,000 targets, 6,000 of them on one external host at 2 at a time).
 */
import { parseArgs } from 'node:util';
import { Inspector } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { CASES, startHostileSite } from './hostile-site.ts';

const { values } = parseArgs({ options: { db: { type: 'string' }, checks: { type: 'string' } } });
const site = await startHostileSite();
const seconds = (ms: number) => (ms / 1000).toFixed(1);
const start = performance.now();
const inspector = new Inspector(
  resolveOptions({
    startUrl: new URL(CASES.manyLinks, site.url).href,
    asOf: '2026-11-23',
    maxPages: 150,
    maxDepth: 1000,
    concurrency: 8,
    render: 'never',
    useSitemap: false,
    retries: 0,
    timeoutMs: 4000,
    cloaking: 'none',
    checks: values.checks?.split(',') ?? [],
    ...(values.db ? { db: values.db } : {}),
    allowPrivate: [new URL(site.externalUrl).host],
  }),
);
let manyLinksDone = 0;
let lastPage = 0;
inspector.on('page', (page) => {
  lastPage = performance.now();
  if (page.url.endsWith(CASES.manyLinks)) manyLinksDone = lastPage;
});
const report = await inspector.run();
const end = performance.now();
await site.close();
console.log(
  `10,000-link page checked after ${seconds(manyLinksDone - start)} s; ${report.pages.length} pages crawled after ` +
    `${seconds(lastPage - start)} s; site checks ${seconds(end - lastPage)} s; total ${seconds(end - start)} s`,
);
console.log(
  `frontier refused ${(report.sections.crawl as { frontierRefused: number }).frontierRefused}, ` +
    `links probed ${report.stats.linksProbed}, external targets asked ${site.externalTargetsAsked()}, findings` +
    ` ${report.findings.length}`,
);
