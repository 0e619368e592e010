import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import type { Report } from '../../shared/model/report.ts';
import { SECRET, startIntranet, startSteeringSite, type HostileSite, type Intranet } from './intranet-fixture.ts';

const hasChromium = BrowserPool.available();

/** Every file under `dir`, recursively (a download would land somewhere below the crawl's home folder). */
const filesUnder = (dir: string): string[] =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name));

/**
 * Issue 26: a hacked site on one loopback port steers the crawler at an "intranet" service on another port
 * in every way found. The start origin itself is loopback (that exception is the user's choice); the second
 * port is another origin and must never be reached.
 */
describe("a hostile site cannot steer the crawler into the inspector's network", () => {
  let intranet: Intranet;
  let site: HostileSite;
  let report: Report;
  let home: string;
  const savedHome = process.env.HOME;

  beforeAll(async () => {
    intranet = await startIntranet();
    site = await startSteeringSite(intranet.port);
    // Chromium downloads into $HOME/Downloads unless told otherwise: a home of our own shows any file it writes.
    home = mkdtempSync(join(tmpdir(), 'govcheck-home-'));
    process.env.HOME = home;
    report = await crawlSite(
      resolveOptions({
        startUrl: site.url,
        asOf: '2026-12-01',
        render: 'auto',
        retries: 0,
        timeoutMs: 5000,
        cloaking: 'none',
        a11y: 'off',
        checks: ['link-broken', 'link-wrong'],
      }),
    );
  }, 120_000);

  afterAll(async () => {
    process.env.HOME = savedHome;
    await Promise.all([site?.close(), intranet?.close()]);
    rmSync(home, { recursive: true, force: true });
  });

  it('sends the intranet service nothing, and no byte of it reaches the report', () => {
    expect(intranet.hits).toEqual([]);
    expect(JSON.stringify(report)).not.toContain(SECRET);
    expect(JSON.stringify(report)).not.toContain('内网OA系统');
  });

  it('reports each steering link, redirect and spelling on the page that carries it', () => {
    const refused = report.findings.filter(
      (f) => f.checkId === 'link-broken' && f.message.zh.startsWith('链接/跳转指向内网地址'),
    );
    const targets = refused.map((f) => f.target ?? '');
    const port = intranet.port;
    for (const expected of [
      `${site.url}redirect`,
      `http://[::ffff:7f00:1]:${port}/mapped`,
      `http://127.0.0.1:${port}/hex`,
      `http://127.0.0.1:${port}/decimal`,
      `http://localhost:${port}/name`,
      `http://[::]:${port}/unspecified`,
      `http://0.0.0.0:${port}/zero`,
    ]) {
      expect(targets, expected).toContain(expected);
    }
    for (const finding of refused) expect(finding.outcome).toBe('fail');
    expect(refused.filter((f) => f.target?.endsWith('/redirect')).map((f) => f.url)).toEqual([site.url]);
  });

  it.runIf(hasChromium)("reports a rendered page's script fetch and image on that page, and opens no popup", () => {
    const app = new URL('/app.html', site.url).href;
    expect(report.pages.find((p) => p.url === app)?.rendered).toBe(true);
    const fromApp = report.findings
      .filter((f) => f.url === app && f.message.zh.startsWith('链接/跳转指向内网地址'))
      .map((f) => f.target);
    expect(fromApp).toEqual(
      expect.arrayContaining([
        `http://127.0.0.1:${intranet.port}/api`,
        `http://127.0.0.1:${intranet.port}/pixel.png`,
        `http://127.0.0.1:${intranet.port}/post`,
      ]),
    );
  });

  // Render tabs get navigations from the crawl's client; the borrowed tabs (browser re-check, cloaking) let
  // Chromium navigate itself, which is where a page's download would be saved.
  it.runIf(hasChromium)(
    'leaves no downloaded file, even from a tab that navigates on its own',
    async () => {
      const pool = new BrowserPool({ tabs: 1, timeoutMs: 20_000, userAgent: 'govcheck-test' });
      try {
        await pool.withPage(async (page) => {
          await page.goto(new URL('/download.html', site.url).href);
          await vi.waitFor(() => expect(site.downloadsServed()).toBeGreaterThan(0), { timeout: 20_000 });
          await page.waitForNetworkIdle({ idleTime: 500 });
        });
      } finally {
        await pool.close();
      }
      expect(filesUnder(home).filter((f) => /payload/.test(f))).toEqual([]);
    },
    60_000,
  );
});

/** `--external none`: no request to another host, a rendered page's resources and popups included. */
describe.runIf(hasChromium)('--external none for rendered pages', () => {
  let intranet: Intranet;
  let site: HostileSite;

  beforeAll(async () => {
    intranet = await startIntranet();
    site = await startSteeringSite(intranet.port);
  });
  afterAll(async () => {
    await Promise.all([site?.close(), intranet?.close()]);
  });

  it('asks another host for nothing, though the address policy would let it through', async () => {
    // The other port is allowed past the address policy, so only --external none stands between it and the tab.
    const report = await crawlSite(
      resolveOptions({
        startUrl: new URL('/app.html', site.url).href,
        asOf: '2026-12-01',
        render: 'always',
        retries: 0,
        timeoutMs: 5000,
        cloaking: 'none',
        a11y: 'off',
        checks: ['link-broken'],
        maxDepth: 0,
        external: 'none',
        allowPrivate: [`127.0.0.1:${intranet.port}`],
      }),
    );
    expect(report.pages[0]?.rendered).toBe(true);
    expect(intranet.hits).toEqual([]);
  }, 120_000);
});
