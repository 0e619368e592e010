import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { mkdtemp, rm } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { PageWorkers } from '../../crawler/workers/page-workers.ts';
import type { Report } from '../../shared/model/report.ts';
import { diffReports } from '../../shared/report/diff.ts';

const PAGES = 50;

// Page n: ETag when n is even, Last-Modified when odd, neither when n is a multiple of 5 (compared by hash).
// Every 7th page has a dead link; every 3rd, and every page past its first version, a half-width comma (typo-format).
const versions = new Map<number, number>();
const version = (n: number) => versions.get(n) ?? 1;
/** Pages that Baiduspider gets with a gambling link the people's version has not (cloaking). */
const cloakedFor = new Set<number>();
function page(n: number, spider = false): string {
  const links =
    n === 0
      ? Array.from({ length: PAGES - 1 }, (_, i) => `<a href="/p/${i + 1}.html">第${i + 1}页</a>`)
      : [`<a href="/p/${(n % (PAGES - 1)) + 1}.html">下一页</a>`];
  if (n % 7 === 0 && n > 0) links.push(`<a href="/missing/${n}.html">旧链接</a>`);
  // Targets probed but never crawled (not pages): one answers, one is gone.
  if (n === 0) links.push('<a href="/files/logo.png">标志</a>', '<a href="/files/gone.png">旧图</a>');
  if (spider && cloakedFor.has(n)) links.push('<a href="http://127.0.0.2/bet.html">澳门赌场 真人百家乐</a>');
  const text = n % 3 === 0 || version(n) > 1 ? '各单位要认真做好工作,确保安全。' : '各单位要认真做好工作，确保安全。';
  return `<!doctype html><html><head><meta charset="utf-8"><title>第${n}页</title></head><body>
<p>${text}</p><p>第${version(n)}版。</p>${links.join(' ')}</body></html>`;
}

describe('incremental re-crawl with --db', () => {
  let server: Server;
  let base: string;
  let dir: string;
  /** Request headers of every page request, by path, for the crawl running now. */
  let requests = new Map<string, IncomingHttpHeaders>();
  /** Requests per path over every crawl. */
  const hits = new Map<string, number>();

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govcheck-incremental-'));
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      if (path === '/files/logo.png') return void res.writeHead(200, { 'content-type': 'image/png' }).end('png');
      const match = /^\/(?:p\/(\d+)\.html)?$/.exec(path);
      if (!match) return void res.writeHead(404, { 'content-type': 'text/html' }).end('<p>页面不存在</p>');
      requests.set(path, req.headers);
      const n = Number(match[1] ?? 0);
      const etag = `"p${n}-v${version(n)}"`;
      const lastModified = new Date(Date.UTC(2026, 0, version(n))).toUTCString();
      const validators = n % 5 === 0 ? {} : n % 2 === 0 ? { etag } : { 'last-modified': lastModified };
      const fresh =
        n % 5 !== 0 &&
        (n % 2 === 0 ? req.headers['if-none-match'] === etag : req.headers['if-modified-since'] === lastModified);
      if (fresh) return void res.writeHead(304, validators).end();
      const spider = /Baiduspider/.test(req.headers['user-agent'] ?? '');
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', ...validators }).end(page(n, spider));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await rm(dir, { recursive: true, force: true });
  });

  /**
   * Crawls; `checked`: the pages whose checks ran (every fetched page not reused as unchanged), wherever they ran:
   * this thread or a worker thread.
   */
  async function crawl(
    db: string,
    settings: { probeEvery?: number; checks?: string[]; asOf?: string } = {},
  ): Promise<{ report: Report; checked: string[] }> {
    requests = new Map();
    const report = await crawlSite(
      resolveOptions({
        startUrl: base,
        db,
        render: 'never',
        useSitemap: false,
        retries: 0,
        maxDepth: 100,
        checks: ['link-broken', 'typo-format'],
        asOf: '2026-11-20',
        probeEvery: 4,
        ...settings,
      }),
    );
    const checked = report.pages.filter((p) => !p.unchanged && !p.skipped).map((p) => new URL(p.url).pathname);
    return { report, checked: checked.sort() };
  }
  const ids = (r: Report) => r.findings.map((f) => f.id).sort();
  const problems = (r: Report) => r.findings.map((f) => `${f.checkId} ${f.target ?? f.text ?? ''}`).sort();

  it('sends conditional requests for an unchanged site, checks no page again, reports the same findings', async () => {
    const db = join(dir, 'unchanged.sqlite');
    const first = await crawl(db);
    expect(first.checked).toHaveLength(PAGES);
    expect(problems(first.report)).toEqual(expect.arrayContaining(['link-broken ' + `${base}missing/7.html`]));
    expect(first.report.findings.some((f) => f.checkId === 'typo-format')).toBe(true);

    // Nothing is parsed or checked in a worker thread, so none starts (nor reads the language models).
    const parse = vi.spyOn(PageWorkers.prototype, 'parse');
    const inspect = vi.spyOn(PageWorkers.prototype, 'inspect');
    const second = await crawl(db);
    expect([parse.mock.calls.length, inspect.mock.calls.length]).toEqual([0, 0]);
    parse.mockRestore();
    inspect.mockRestore();
    for (let n = 1; n < PAGES; n++) {
      const headers = requests.get(`/p/${n}.html`);
      if (n % 5 === 0) expect(headers?.['if-none-match'] ?? headers?.['if-modified-since']).toBeUndefined();
      else if (n % 2 === 0) expect(headers?.['if-none-match']).toBe(`"p${n}-v1"`);
      else expect(headers?.['if-modified-since']).toBe(new Date(Date.UTC(2026, 0, 1)).toUTCString());
    }
    // The start page is fetched in full (no conditional request) and reused by its hash; 304s and same-hash
    // pages reuse the stored results: no page is checked again.
    expect(requests.get('/')?.['if-none-match']).toBeUndefined();
    expect(second.checked).toEqual([]);
    expect(second.report.pages.filter((p) => p.unchanged)).toHaveLength(PAGES);
    expect((second.report.sections.crawl as { unchanged: number }).unchanged).toBe(PAGES);
    expect(ids(second.report)).toEqual(ids(first.report));
    // 复核: every reused finding is 仍存在.
    expect(diffReports(second.report, first.report).counts).toEqual({
      new: 0,
      open: first.report.findings.length,
      fixed: 0,
      unchecked: 0,
    });
  });

  it('checks again exactly the one page of 50 that changed, and its new finding is reported', async () => {
    const db = join(dir, 'one-changed.sqlite');
    versions.clear();
    const first = await crawl(db);
    expect(first.checked).toHaveLength(PAGES);
    versions.set(23, 2); // an odd page: answered by Last-Modified, which moves with the version
    const second = await crawl(db);
    expect(second.checked).toEqual(['/p/23.html']);
    // The page's new half-width comma joins the site-wide typo-format finding (merged across template pages).
    const typoPages = (r: Report) =>
      r.findings.filter((f) => f.checkId === 'typo-format').flatMap((f) => f.pages ?? [f.url]);
    expect(typoPages(first.report)).not.toContain(`${base}p/23.html`);
    expect(typoPages(second.report)).toContain(`${base}p/23.html`);
    versions.set(35, 2); // a page without validators: the new bytes hash differently
    const third = await crawl(db);
    expect(third.checked).toEqual(['/p/35.html']);
    expect(third.report.pages.find((p) => p.url === `${base}p/35.html`)?.unchanged).toBeUndefined();
    expect((third.report.sections.crawl as { unchanged: number }).unchanged).toBe(PAGES - 1);
  });

  it('checks a page fetched as spiders again when only what Baiduspider gets changed', async () => {
    const db = join(dir, 'cloaking.sqlite');
    versions.clear();
    const checks = ['link-broken', 'typo-format', 'spam-cloaking'];
    const first = await crawl(db, { checks });
    expect(first.checked).toHaveLength(PAGES);
    // Every page is one link from the start page: fetched as search engines too (--cloaking top), never
    // conditionally, and reused because neither the page nor any variant changed.
    const second = await crawl(db, { checks });
    expect(requests.get('/p/2.html')?.['if-none-match']).toBeUndefined();
    expect(second.checked).toEqual([]);
    expect(ids(second.report)).toEqual(ids(first.report));
    cloakedFor.add(4); // the people's page stays byte for byte the same
    const third = await crawl(db, { checks });
    expect(third.checked).toEqual(['/p/4.html']);
    expect(third.report.findings.some((f) => f.checkId === 'spam-cloaking' && f.url === `${base}p/4.html`)).toBe(true);
  });

  it('reuses no page judged as of another month: dated rules change page results', async () => {
    const db = join(dir, 'as-of.sqlite');
    versions.clear();
    const checks = ['link-broken', 'a11y-elder-entry'];
    const elderEntry = (r: Report) => r.findings.filter((f) => f.checkId === 'a11y-elder-entry');
    // The 适老化 entry is required from 2021-09-30: judged as of an earlier day the start page lacks nothing.
    const before = await crawl(db, { checks, asOf: '2021-06-01' });
    expect(elderEntry(before.report)).toEqual([]);
    const after = await crawl(db, { checks, asOf: '2026-11-20' });
    expect(after.checked).toHaveLength(PAGES);
    expect(elderEntry(after.report).map((f) => f.url)).toEqual([base]);
    const again = await crawl(db, { checks, asOf: '2026-11-20' });
    expect(again.checked).toEqual([]);
    expect(elderEntry(again.report).map((f) => f.url)).toEqual([base]);
    // A week later, the same month: the weekly re-crawl reuses every unchanged page.
    const weekLater = await crawl(db, { checks, asOf: '2026-11-27' });
    expect(weekLater.checked).toEqual([]);
    expect(elderEntry(weekLater.report).map((f) => f.url)).toEqual([base]);
  });

  it('probes a target that answered well every 3rd run with --probe-every 3, and a broken one every run', async () => {
    const db = join(dir, 'probes.sqlite');
    versions.clear();
    const perRun: [number | undefined, number | undefined][] = [];
    const reused: unknown[] = [];
    for (let run = 0; run < 4; run++) {
      hits.clear();
      const { report } = await crawl(db, { probeEvery: 3 });
      perRun.push([hits.get('/files/logo.png'), hits.get('/files/gone.png')]);
      reused.push((report.sections.crawl as { probesReused: number }).probesReused);
      expect(report.findings.filter((f) => f.checkId === 'link-broken').map((f) => f.target)).toContain(
        `${base}files/gone.png`,
      );
    }
    expect(perRun).toEqual([
      [1, 1],
      [undefined, 1],
      [undefined, 1],
      [1, 1],
    ]);
    expect(reused).toEqual([0, 1, 1, 0]);
  });
});
