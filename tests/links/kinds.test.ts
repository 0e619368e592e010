import { createServer } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { Report } from '../../shared/model/report.ts';
import { assertValidReport } from '../helpers/validate-report.ts';
import { KIND_LINKS, startKindsSite } from './kinds-site.ts';

async function closedPort(): Promise<number> {
  const s = createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

/** What each kind of link must produce: check, outcome and message id (undefined = no finding). */
const EXPECTED: Record<
  keyof typeof KIND_LINKS,
  [check: string, outcome: Finding['outcome'], messageId: string] | undefined
> = {
  ok: undefined,
  'http-404': ['link-broken', 'fail', 'http-error'],
  'http-500': ['link-broken', 'fail', 'http-error'],
  refused: ['link-broken', 'fail', 'network-error'],
  reset: ['link-broken', 'fail', 'network-error'],
  timeout: ['link-broken', 'fail', 'network-error'],
  tls: ['link-broken', 'fail', 'network-error'],
  'redirect-loop': ['link-broken', 'fail', 'network-error'],
  'too-many-redirects': ['link-broken', 'fail', 'network-error'],
  'soft-404-phrase': ['link-broken', 'fail', 'soft-404'],
  'soft-404-fingerprint': ['link-broken', 'fail', 'soft-404'],
  'empty-attachment': ['link-broken', 'fail', 'bad-attachment'],
  'html-attachment': ['link-broken', 'fail', 'bad-attachment'],
  'missing-fragment': ['link-broken', 'fail', 'missing-fragment'],
  'present-fragment': undefined,
  'bad-url': ['link-broken', 'fail', 'bad-url'],
  'blocked-403': ['link-broken', 'incomplete', 'inconclusive'],
  'blocked-999': ['link-broken', 'incomplete', 'inconclusive'],
  'rate-limited-429': ['link-broken', 'incomplete', 'inconclusive'],
  'redirect-home': ['link-wrong', 'fail', 'redirect-home'],
};

describe('link checks on a loopback site with one link of every kind', () => {
  let site: Awaited<ReturnType<typeof startKindsSite>>;
  let report: Report;
  let withPolicy: Report;

  const run = (checkOptions: Record<string, Record<string, unknown>> = {}) =>
    crawlSite(
      resolveOptions({
        startUrl: site.url,
        render: 'never',
        useSitemap: false,
        checks: ['link-broken', 'link-wrong'],
        retries: 1,
        retryBaseMs: 10,
        maxRetryAfterMs: 20,
        timeoutMs: 800,
        maxRedirects: 5,
        asOf: '2026-11-23',
        checkOptions,
        // Targets on other loopback ports are the fixture's "other sites": allowed, as an intranet portal's would be.
        allowPrivate: ['127.0.0.1'],
      }),
    );

  beforeAll(async () => {
    site = await startKindsSite(await closedPort());
    report = await run();
    withPolicy = await run({
      'link-broken': {
        statusPolicy: [
          { hosts: '127.0.0.1', codes: { 403: 'ok', '5xx': 'warn' } },
          { codes: { 999: 'skip', 429: 'broken' } },
        ],
      },
    });
  });
  afterAll(() => site.close());

  const findingsOn = (r: Report, id: string) => r.findings.filter((f) => f.location?.selector?.includes(`link-${id}`));

  for (const [id, expected] of Object.entries(EXPECTED)) {
    it(`${id} → ${expected ? expected.join(' / ') : 'no finding'}`, () => {
      const found = findingsOn(report, id).map((f) => [f.checkId, f.outcome, f.messageId]);
      expect(found).toEqual(expected ? [expected] : []);
    });
  }

  it('gives the reason of each verdict in zh and en', () => {
    const soft = findingsOn(report, 'soft-404-phrase')[0];
    expect(soft.message.zh).toContain('您访问的页面已删除');
    expect(findingsOn(report, 'soft-404-fingerprint')[0].message.zh).toContain('页面不存在');
    expect(findingsOn(report, 'html-attachment')[0].message.zh).toContain('返回的是网页');
    expect(findingsOn(report, 'rate-limited-429')[0].message.zh).toMatch(/429.*重试 1 次/);
    expect(findingsOn(report, 'missing-fragment')[0].target).toMatch(/ok\.html#no-such-anchor$/);
    expect(findingsOn(report, 'tls')[0].message.zh).toContain('HTTPS证书或加密连接错误');
    expect(findingsOn(report, 'timeout')[0].message.zh).toContain('访问超时');
  });

  it('merges the same dead footer link on 4 pages (one with another layout) into one finding listing the pages', () => {
    const footer = report.findings.filter((f) => f.target?.endsWith('/footer-gone.html'));
    expect(footer).toHaveLength(1);
    expect(footer[0].pageCount).toBeGreaterThanOrEqual(4);
    expect(footer[0].pages).toEqual(
      expect.arrayContaining([site.url, `${site.url}a1.html`, `${site.url}a2.html`, `${site.url}a3.html`]),
    );
  });

  it("reports link statistics and the home page's broken links in its own section", () => {
    const stats = report.sections['link-broken'] as {
      targets: number;
      broken: number;
      inconclusive: number;
      brokenOnHomePage: string[];
      softNotFound: boolean;
    };
    expect(stats.softNotFound).toBe(true);
    expect(stats.inconclusive).toBe(3);
    expect(stats.brokenOnHomePage).toContain(`${site.url}gone.html`);
    expect(stats.targets).toBeGreaterThan(stats.broken);
  });

  it('applies the status policy per host pattern: 403 ok, 5xx warn, 999 skipped, 429 broken', () => {
    const ids = (id: string) => findingsOn(withPolicy, id).map((f) => [f.outcome, f.messageId]);
    expect(ids('blocked-403')).toEqual([]);
    expect(ids('http-500')).toEqual([['incomplete', 'inconclusive']]);
    expect(ids('blocked-999')).toEqual([]);
    expect(ids('rate-limited-429')).toEqual([['fail', 'http-error']]);
    expect(ids('http-404')).toEqual([['fail', 'http-error']]);
  });

  it('writes a report matching the schema', () => assertValidReport(report));
});
