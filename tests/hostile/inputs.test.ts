import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { writeReports } from '../../crawler/report/write-reports.ts';
import type { PageRecord, Report } from '../../shared/model/report.ts';
import { CASES, MANY_LINKS, startHostileSite, type HostileSite } from './hostile-site.ts';

/** One crawl of the hostile site with every non-render check: it must end with a report, each case explained. */
describe('hostile input: every case ends in a finding or a skip reason, never a crash or a hang', () => {
  let site: HostileSite;
  let report: Report;
  let dir: string;
  const page = (path: string): PageRecord => {
    const found = report.pages.find((p) => p.url === new URL(path, site.url).href);
    if (!found) throw new Error(`${path} was not crawled`);
    return found;
  };

  beforeAll(async () => {
    site = await startHostileSite();
    dir = await mkdtemp(join(tmpdir(), 'govcheck-hostile-'));
    report = await crawlSite(
      resolveOptions({
        startUrl: site.url,
        asOf: '2026-11-23',
        maxPages: 150,
        maxDepth: 1000,
        concurrency: 8,
        render: 'never',
        useSitemap: false,
        retries: 0,
        timeoutMs: 4000,
        cloaking: 'none',
        // The spam links' "other site" is another loopback port: allowed by origin, as --allow-private HOST:PORT.
        allowPrivate: [new URL(site.externalUrl).host],
      }),
    );
  }, 600_000);
  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('decodes GBK and Big5 pages with broken bytes and keeps their text', () => {
    expect(page(CASES.gbkBroken).title).toBe('县政府信息公开');
    expect(page(CASES.big5Broken).title).toBe('縣政府資訊公開');
  });

  // Header and meta both say UTF-8, the bytes are GBK: the bytes win, and the record says so.
  it('notes a wrong declared charset and decodes the real one', () => {
    const record = page(CASES.wrongCharset);
    expect(record.title).toBe('政府信息公开年度报告');
    expect(record.notes?.join(' ')).toMatch(/declared charset .* does not match/);
  });

  it('skips the 100 MB page and the gzip bomb as too large', () => {
    expect(page(CASES.huge).skipped).toMatch(/too large/);
    expect(page(CASES.gzipBomb).skipped).toMatch(/too large|too-large/);
  });

  it('stops a redirect chain of 50 and names why', () => {
    expect(page(CASES.redirectChain).skipped).toMatch(/too-many-redirects/);
  });

  it('gives up on a slowloris response (timeout, not a cut-off page) and on a reset connection', () => {
    // The body trickles forever: the overall response deadline ends it.
    expect(page(CASES.slowloris).skipped).toMatch(/^timeout: no complete response within 8000 ms$/);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        checkId: 'link-broken',
        messageId: 'network-error',
        url: site.url,
        target: new URL(CASES.slowloris, site.url).href,
        data: expect.objectContaining({ reason: '访问超时' }),
      }),
    );
    expect(page(CASES.reset).skipped).toMatch(/reset/);
  });

  it('detects and caps the endless calendar and the session-id link space', () => {
    const crawl = report.sections.crawl as { trapsCapped: number; traps: { kind: string; pattern: string }[] };
    // Whether the calendar reaches its cap before the page cap depends on crawl order; the caps never break.
    expect(crawl.trapsCapped).toBeGreaterThanOrEqual(1);
    expect(crawl.traps.map((t) => t.kind)).toContain('session-id');
    expect(site.calendarMonthsServed()).toBeLessThanOrEqual(51);
    expect(report.pages.filter((p) => p.url.includes('jsessionid')).length).toBe(1);
  });

  it('checks malformed, deeply nested HTML or says why not', () => {
    // 20,000 nested elements, unclosed tags and a broken comment: the snapshot is built without recursion.
    const record = page(CASES.deep);
    expect(record.skipped).toBeUndefined();
    expect(record.title).toBe('深层嵌套');
  });

  it('reads a page with 10,000 links; the page cap refuses what does not fit; every target is judged', () => {
    expect(page(CASES.manyLinks).skipped).toBeUndefined();
    const inSite = MANY_LINKS.total - MANY_LINKS.external - MANY_LINKS.gone;
    expect((report.sections.crawl as { frontierRefused: number }).frontierRefused).toBeGreaterThan(inSite - 150);
    // Every external target is probed; only the in-site ones that 404 become findings.
    expect(site.externalTargetsAsked()).toBe(MANY_LINKS.external);
    const broken = report.findings.filter((f) => f.checkId === 'link-broken' && f.url.endsWith(CASES.manyLinks));
    expect(broken.map((f) => f.target).sort()).toEqual(
      Array.from(
        { length: MANY_LINKS.gone },
        (_, i) => new URL(`/gone/${MANY_LINKS.external + i}.html`, site.url).href,
      ).sort(),
    );
  });

  it('writes hostile titles and text into every report format inert', async () => {
    const paths = await writeReports(report, ['json', 'html', 'csv', 'xlsx'], join(dir, 'report'));
    const json = JSON.parse(await readFile(paths.json, 'utf8')) as Report;
    expect(json.pages.find((p) => p.url.endsWith(CASES.hostileTitle))?.title).toContain('<script>');
    const html = await readFile(paths.html, 'utf8');
    expect(html).not.toContain('<script>alert(1)');
    const csv = await readFile(paths.csv, 'utf8');
    // No cell starts with a formula prefix a spreadsheet would run.
    expect(csv).not.toMatch(/(^|,)"?[=+\-@]/m);
    expect(report.findings.some((f) => f.checkId.startsWith('typo') && f.url.endsWith(CASES.hostileTitle))).toBe(true);
  });

  it('strips control characters from the HTML report', async () => {
    const paths = await writeReports(report, ['html'], join(dir, 'controls'));
    const html = await readFile(paths.html, 'utf8');
    expect(html).toContain('[31m');
    expect(html).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
  });
});
