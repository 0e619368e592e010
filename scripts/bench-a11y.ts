/**
 * `npm run bench:a11y [-- --pages 60 --tabs 2]`: pages/s of govcheck's accessibility pass (render + axe-core
 * + measurements + a11y checks) against pa11y-ci (axe runner) on the same generated loopback pages, in one
 * run, with the same Chromium, concurrency and axe rule set; prints both rates, the ratio and whether the
 * violations agree.
 */
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { parseArgs } from 'node:util';
import { auditUrl } from '../crawler/a11y/audit-url.ts';
import { serveFolder } from '../crawler/a11y/static-site.ts';
import { BrowserPool } from '../crawler/render/browser-pool.ts';
import { CHROMIUM_FLAGS, findChromium } from '../crawler/render/chromium.ts';

const { values } = parseArgs({
  options: {
    pages: { type: 'string', default: '60' },
    tabs: { type: 'string', default: '2' },
    'pa11y-concurrency': { type: 'string', default: '1' },
  },
});
const PAGES = Number(values.pages);
const TABS = Number(values.tabs);
/** pa11y-ci's own default is 1 page at a time; pass --pa11y-concurrency 2 for a like-for-like tab count. */
const PA11Y_CONCURRENCY = Number(values['pa11y-concurrency']);
// pa11y's "WCAG2AA" standard runs exactly these axe tags; govcheck runs the same for a like-for-like count.
const TAGS = ['wcag2a', 'wcag21a', 'wcag2aa', 'wcag21aa', 'best-practice'];

/** A county-portal-like page; page n breaks some rules (missing alt, unlabelled input, low contrast, empty link). */
const UNLABELLED_SEARCH = '<form><input type="text" name="q"><button>搜索</button></form>';
const LABELLED_SEARCH = '<form><label>搜索<input type="text" name="q"></label><button>搜索</button></form>';

function page(n: number): string {
  const nav = Array.from({ length: 12 }, (_, i) => `<li><a href="/p/${(n + i) % PAGES}.html">栏目${i}</a></li>`).join(
    '',
  );
  const items = Array.from(
    { length: 20 },
    (_, i) =>
      `<li><a href="/p/${(n * 7 + i) % PAGES}.html">关于做好2024年第${i}批政务公开工作的通` +
      `知</a><span>2024-05-${10 + (i % 18)}</span></li>`,
  ).join('');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某县人民政府 第${n}页</title>
<style>body{font:14px/1.6 sans-serif} .dim{color:#bbb}</style></head><body>
<header><img src="/logo.png" ${n % 2 ? '' : 'alt="某县人民政府"'} width="200" ` +
    `height="40"><nav><ul>${nav}</ul></nav></header>
<main><h1>通知公告</h1><ul>${items}</ul>
${n % 3 === 0 ? UNLABELLED_SEARCH : LABELLED_SEARCH}
${n % 4 === 0 ? '<p class="dim">本页信息由县政府办公室发布</p>' : '<p>本页信息由县政府办公室发布</p>'}
${n % 5 === 0 ? '<a href="/rss"><i class="icon"></i></a>' : ''}</main>
<footer><p>主办单位：某县人民政府办公室 网站标识码：1234567890</p></footer></body></html>`
  );
}

const root = mkdtempSync(join(tmpdir(), 'govcheck-bench-a11y-'));
mkdirSync(join(root, 'p'));
for (let n = 0; n < PAGES; n++) writeFileSync(join(root, 'p', `${n}.html`), page(n));
writeFileSync(join(root, 'logo.png'), Buffer.from('89504e470d0a1a0a', 'hex'));
const site = await serveFolder(root);
const urls = Array.from({ length: PAGES }, (_, n) => `${site.origin}/p/${n}.html`);
const violationKeys = (pairs: [string, string][]) => new Set(pairs.map(([u, r]) => `${u} ${r}`));

// govcheck: pool launch included, as pa11y-ci's own browser launch is.
let started = performance.now();
const pool = new BrowserPool({ tabs: TABS, timeoutMs: 30_000, userAgent: 'govcheck-bench' });
const audited = await Promise.all(urls.map((u) => auditUrl(pool, u, { settings: { tags: TAGS } })));
await pool.close();
const oursSeconds = (performance.now() - started) / 1000;

// pa11y-ci 4.1.1 (pa11y 9.1.1, its own axe-core) on the same Chromium.
const config = join(root, 'pa11yci.json');
writeFileSync(
  config,
  JSON.stringify({
    defaults: {
      runners: ['axe'],
      standard: 'WCAG2AA',
      concurrency: PA11Y_CONCURRENCY,
      timeout: 30_000,
      chromeLaunchConfig: { executablePath: findChromium(), args: CHROMIUM_FLAGS },
    },
    urls,
  }),
);
started = performance.now();
const { stdout } = await promisify(execFile)('npx', ['pa11y-ci', '--config', config, '--json'], {
  maxBuffer: 64 << 20,
  env: { ...process.env, PUPPETEER_SKIP_DOWNLOAD: '1' },
}).catch((e) => e as { stdout: string });
const theirSeconds = (performance.now() - started) / 1000;
const report = JSON.parse(stdout) as { results: Record<string, { code?: string; type?: string; message?: string }[]> };
// A page pa11y-ci could not test holds an error object instead of issues; compare only pages both tested.
const failedPages = new Set(
  Object.entries(report.results)
    .filter(([, issues]) => issues.some((i) => !i.type))
    .map(([u]) => u),
);
const theirs = violationKeys(
  Object.entries(report.results)
    .filter(([u]) => !failedPages.has(u))
    .flatMap(([u, issues]) =>
      issues.filter((i) => i.type === 'error' && i.code).map((i) => [u, i.code!] as [string, string]),
    ),
);
await site.close();
rmSync(root, { recursive: true, force: true });

const ours = violationKeys(
  audited.flatMap((a, i) =>
    failedPages.has(urls[i]) ? [] : a.snapshot.a11y!.axe.violations.map((v) => [urls[i], v.id] as [string, string]),
  ),
);
const rate = (s: number) => PAGES / s;
console.log(`${PAGES} loopback pages, axe tags ${TAGS.join(' ')}`);
console.log(`govcheck a11y pass (${TABS} tabs): ${oursSeconds.toFixed(2)} s, ${rate(oursSeconds).toFixed(2)} pages/s`);
console.log(
  `pa11y-ci 4.1.1 (concurrency ${PA11Y_CONCURRENCY}): ${theirSeconds.toFixed(2)} s,` +
    ` ${rate(theirSeconds).toFixed(2)} pages/s ` +
    '(includes its Node start-up)',
);
console.log(`ratio: ${(theirSeconds / oursSeconds).toFixed(2)}x; pages pa11y-ci failed to test: ${failedPages.size}`);
const onlyOurs = [...ours].filter((k) => !theirs.has(k));
const onlyTheirs = [...theirs].filter((k) => !ours.has(k));
console.log(
  `violations (page, rule): govcheck ${ours.size}, pa11y-ci ${theirs.size}; ` +
    (onlyOurs.length + onlyTheirs.length === 0
      ? 'identical'
      : `only govcheck: ${onlyOurs.join(', ')}; only pa11y-ci: ${onlyTheirs.join(', ')}`),
);
