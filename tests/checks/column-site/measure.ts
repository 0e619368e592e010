// Cost of the column checks on a synthetic site: `npx tsx tests/checks/column-site/measure.ts [pages]`: time,
// findings and the page items a crawl stores.
import { performance } from 'node:perf_hooks';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { CHECK_BY_ID } from '../../../shared/checks/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import { countyPage } from './county-site.ts';
import { ORIGIN } from './run-site.ts';
import { allPresentSite } from './sites.ts';

const total = Number(process.argv[2] ?? 1000);
const template = Object.entries(allPresentSite());
const snapshots = Array.from({ length: total }, (_, i) => {
  const [path, page] = template[i % template.length];
  const list = Array.from(
    { length: 20 },
    (_, k) => [`平安县第${i}批第${k}条工作信息标题`, `2024-0${1 + (k % 5)}-1${k % 9}`] as [string, string],
  );
  const url = i < template.length ? `${ORIGIN}${path}` : `${ORIGIN}/p/${i}.html`;
  return snapshotOf(countyPage({ ...page, list: page.list ? list : undefined }), url, {
    depth: i < template.length ? page.depth : 3,
  });
});
const ids = ['column-missing', 'column-empty', 'column-stale', 'site-info'];
const engine = new CheckEngine({
  checks: ids.map((id) => CHECK_BY_ID.get(id)!),
  siteUrl: `${ORIGIN}/`,
  asOf: '2024-06-01',
  profiles: ['county-portal'],
  capabilities: { rendered: false, network: false },
});
let stored = 0;
let storedBytes = 0;
const t0 = performance.now();
for (const s of snapshots) {
  // What a crawl with a store writes per page: each item once, under its check or analysis id.
  const { collected } = await engine.inspectPage(s);
  for (const [, item] of collected) {
    stored++;
    storedBytes += JSON.stringify(item).length;
  }
  engine.adopt(collected);
}
const t1 = performance.now();
const findings = await engine.finish();
const t2 = performance.now();
console.log(
  `${total} pages: collect ${(t1 - t0).toFixed(0)} ms (${((t1 - t0) / total).toFixed(2)} ms/page for` +
    ` ${ids.length} checks), ` +
    `finish ${(t2 - t1).toFixed(0)} ms, ${findings.length} findings, ` +
    `${stored} page items stored (${(storedBytes / 1e6).toFixed(2)} MB of JSON), heap` +
    ` ${(process.memoryUsage().heapUsed / 1e6).toFixed(0)} MB`,
);
console.log(
  engine
    .timing()
    .map((t) => `${t.checkId} ${t.ms} ms`)
    .join('; '),
);
