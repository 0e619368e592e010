import { request } from 'node:http';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from '../../crawler/apps/dashboard/server.ts';
import { SqliteRunStore } from '../../crawler/apps/dashboard/sqlite-run-store.ts';
import { launchChromium } from '../../crawler/render/chromium.ts';
import { REPORT_FORMATS } from '../../crawler/report/write-reports.ts';
import { recheckOf } from '../../shared/report/diff.ts';
import { summarize } from '../../shared/report/summary.ts';
import { HOSTILE_TITLE, seedStore, SITE_NAME, type SeededStore } from './seed-store.ts';
import { screenshotDir } from '../helpers/screenshot-dir.ts';

const SCREENSHOTS = screenshotDir();

let seeded: SeededStore;
let store: SqliteRunStore;
let dashboard: Dashboard;
let browser: Browser;
let page: Page;
const pageErrors: string[] = [];
const foreignRequests: string[] = [];

beforeAll(async () => {
  seeded = await seedStore();
  store = new SqliteRunStore(seeded.config.db);
  dashboard = await startDashboard({ store, config: seeded.config });
  browser = await launchChromium();
  page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  page.on('pageerror', (e) => pageErrors.push(String(e)));
  page.on('request', (r) => {
    if (!r.url().startsWith(dashboard.url) && !r.url().startsWith('data:')) foreignRequests.push(r.url());
  });
  await page.goto(`${dashboard.url}?token=${dashboard.token}`, { waitUntil: 'load' });
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await seeded?.close();
});

const rowsShown = () => page.$$eval('#findings tbody tr', (rows) => rows.map((r) => r.textContent ?? ''));
const sitePath = () => `${dashboard.url}site?u=${encodeURIComponent(seeded.base)}`;

describe('govcheck serve: dashboard over two real runs of a fixture site', () => {
  it('lists the site with its latest verdict and findings by category', async () => {
    const latest = (await store.runs(seeded.base)).at(-1)!.report!;
    const expected = summarize(latest).passed ? '合格' : '不合格';
    const row = await page.waitForSelector(`tr[data-site="${SITE_NAME}"]`);
    expect(await row!.$eval('[data-verdict]', (b) => b.textContent)).toBe(expected);
    expect(await row!.$eval('.why', (w) => w.textContent)).toBe(summarize(latest).verdict);
    expect(await row!.$eval('[data-category="typo"] strong', (s) => s.textContent)).toBe(
      String(latest.stats.findingsByCategory.typo),
    );
    expect(await row!.$eval('svg.sparkline', (s) => s.getAttribute('data-values'))).toBe(
      seeded.runs.map((r) => r.report.findings.filter((f) => f.outcome === 'fail').length).join(','),
    );
    await page.screenshot({ path: `${SCREENSHOTS}dashboard-sites.png`, fullPage: true });
  });

  it('switches the interface to English and back', async () => {
    await Promise.all([page.waitForNavigation(), page.click('[data-lang=en]')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('All sites');
    expect(await page.$eval('[data-verdict]', (b) => b.textContent)).toMatch(/^(Pass|Fail)$/);
    await Promise.all([page.waitForNavigation(), page.click('[data-lang=zh]')]);
    expect(await page.$eval('h1', (h) => h.textContent)).toBe('全部站点');
  });

  it('shows the 复核 of the second run with the new/fixed counts the store holds', async () => {
    const runs = await store.runs(seeded.base);
    const counts = recheckOf(runs[1].report!)!.counts;
    expect(counts.new).toBeGreaterThan(0);
    expect(counts.fixed).toBeGreaterThan(0);
    await page.goto(`${dashboard.url}run/${runs[1].id}`, { waitUntil: 'load' });
    const shown = await page.$$eval('#recheck [data-recheck]', (items) =>
      Object.fromEntries(
        items.map((i) => [i.getAttribute('data-recheck'), Number(i.querySelector('strong')!.textContent)]),
      ),
    );
    expect(shown).toEqual(counts);
    expect(await page.$$eval('#new-findings tbody tr', (r) => r.length)).toBe(counts.new);
    expect(await page.$eval('#fixed-findings tbody', (b) => b.textContent)).toContain('再接再励');
    await page.screenshot({ path: `${SCREENSHOTS}dashboard-run.png`, fullPage: true });
  });

  it(
    'shows the column tree by state, and filters the findings by category, status and unit; page-derived markup ' +
      'stays text',
    async () => {
      await page.goto(sitePath(), { waitUntil: 'load' });
      const section = seeded.runs[1].report.sections['column-missing'] as { columns: { state: string }[] };
      const missing = section.columns.filter((c) => c.state === 'missing').length;
      expect(missing).toBeGreaterThan(0);
      expect(await page.$$eval('.column-tree li[data-state="missing"].col-bad', (l) => l.length)).toBe(missing);
      const all = await rowsShown();
      expect(all.length).toBeGreaterThan(5);
      expect(await page.$('#injected')).toBeNull();
      expect(await page.$eval('#findings', (t) => t.textContent)).toContain(HOSTILE_TITLE);

      await Promise.all([page.waitForNavigation(), page.select('select[name=category]', '错别字')]);
      const typos = await rowsShown();
      expect(typos.length).toBeLessThan(all.length);
      expect(typos.every((r) => r.includes('错别字'))).toBe(true);
      expect(typos.some((r) => r.includes('防碍'))).toBe(true);

      await Promise.all([page.waitForNavigation(), page.select('select[name=status]', 'fixed')]);
      const fixed = await rowsShown();
      expect(fixed).toHaveLength(1);
      expect(fixed[0]).toContain('再接再励');

      await page.goto(sitePath(), { waitUntil: 'load' });
      await Promise.all([page.waitForNavigation(), page.select('select[name=unit]', '县融媒体中心')]);
      const news = await rowsShown();
      expect(news.length).toBeGreaterThan(0);
      expect(news.every((r) => r.includes('/news/'))).toBe(true);
      await page.goto(sitePath(), { waitUntil: 'load' });
      await page.setViewport({ width: 1280, height: 1400 });
      await page.screenshot({ path: `${SCREENSHOTS}dashboard-site.png` });
      await page.setViewport({ width: 1280, height: 900 });
    },
  );

  it('serves every report format as a valid file', async () => {
    const runId = (await store.runs(seeded.base))[1].id;
    const links = await (await page.goto(`${dashboard.url}run/${runId}`),
    page.$$eval('a[data-format]', (a) => a.map((l) => l.getAttribute('href'))));
    expect(links).toEqual([...REPORT_FORMATS, 'zip'].map((f) => `/run/${runId}/download/${f}`));
    const magic: Record<string, (b: Buffer) => boolean> = {
      json: (b) => JSON.parse(b.toString('utf8')).sections.recheck.counts.fixed === 1,
      html: (b) => b.toString('utf8').startsWith('<!doctype html>'),
      xlsx: (b) => b.subarray(0, 4).toString('latin1') === 'PK\x03\x04',
      docx: (b) => b.subarray(0, 4).toString('latin1') === 'PK\x03\x04',
      pdf: (b) => b.subarray(0, 5).toString('latin1') === '%PDF-',
      csv: (b) => b.toString('utf8').includes('再接再励'),
      zip: (b) =>
        b.subarray(0, 4).toString('latin1') === 'PK\x03\x04' && b.includes(Buffer.from('整改通知-县融媒体中心.docx')),
    };
    for (const format of [...REPORT_FORMATS, 'zip'] as const) {
      const res = await fetch(new URL(links[[...REPORT_FORMATS, 'zip'].indexOf(format)]!, dashboard.url));
      expect(res.status, format).toBe(200);
      expect(decodeURIComponent(res.headers.get('content-disposition') ?? ''), format).toContain(`${SITE_NAME}-`);
      expect(magic[format](Buffer.from(await res.arrayBuffer())), format).toBe(true);
    }
  });

  it('refuses a re-crawl without the token, from another origin, or under another Host name', async () => {
    const body = new URLSearchParams({ site: SITE_NAME }).toString();
    const post = (headers: Record<string, string>, form = body) =>
      fetch(`${dashboard.url}recrawl`, {
        method: 'POST',
        redirect: 'manual',
        headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers },
        body: form,
      });
    expect((await post({})).status).toBe(403);
    expect((await post({}, `${body}&token=wrong`)).status).toBe(403);
    expect((await post({ origin: 'http://evil.example' }, `${body}&token=${dashboard.token}`)).status).toBe(403);
    const { port } = new URL(dashboard.url);
    const status = await new Promise<number>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path: '/', headers: { host: `rebind.example:${port}` } }, (res) => {
        res.resume();
        resolve(res.statusCode!);
      })
        .on('error', reject)
        .end();
    });
    expect(status).toBe(421);
    expect(dashboard.queue!.entries()).toEqual([]);
  });

  it('queues a re-crawl from the button (token from the start-up URL) and shows live progress', async () => {
    await page.goto(sitePath(), { waitUntil: 'load' });
    expect(await page.$eval('input.token', (i) => (i as HTMLInputElement).hidden)).toBe(true);
    const [posted] = await Promise.all([page.waitForNavigation(), page.click('#recrawl')]);
    expect(posted!.url()).toBe(sitePath());
    await dashboard.queue!.whenIdle();
    expect(dashboard.queue!.outcomes[0]).toMatchObject({ site: SITE_NAME, ok: true });
    const runs = await store.runs(seeded.base);
    expect(runs).toHaveLength(3);
    expect(recheckOf(runs[2].report!)!.counts).toMatchObject({ new: 0, fixed: 0 });

    // A crawl from another process (e.g. `govcheck schedule`) shows in the progress feed from the store alone.
    const db = (await import('../../crawler/store/sqlite-schema.ts')).openDatabase(seeded.config.db);
    const runId = Number(
      db
        .prepare('INSERT INTO runs (start_url, options, started_at) VALUES (?, ?, ?)')
        .run(seeded.base, '{}', new Date().toISOString()).lastInsertRowid,
    );
    const frontier = db.prepare('INSERT INTO frontier (run_id, url, depth, done) VALUES (?, ?, 0, ?)');
    frontier.run(runId, `${seeded.base}a`, 1);
    frontier.run(runId, `${seeded.base}b`, 0);
    frontier.run(runId, `${seeded.base}c`, 0);
    db.close();
    await page.goto(`${dashboard.url}`, { waitUntil: 'load' });
    const line = await page.waitForSelector('#progress-list li.running');
    const text = await line!.evaluate((l) => l.textContent);
    expect(text).toContain(SITE_NAME);
    expect(text).toMatch(/已完成页面 1 .*待抓取 2/);
    expect(pageErrors).toEqual([]);
    expect(foreignRequests).toEqual([]);
  });
});
