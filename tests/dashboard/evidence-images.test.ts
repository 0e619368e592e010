import { createServer, type Server } from 'node:http';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDashboard, type Dashboard } from '../../crawler/apps/dashboard/server.ts';
import { SqliteRunStore } from '../../crawler/apps/dashboard/sqlite-run-store.ts';
import { launchChromium } from '../../crawler/render/chromium.ts';
import { runAllSites } from '../../crawler/apps/sites/run-sites.ts';
import { loadSitesConfig } from '../../crawler/apps/sites/sites-config.ts';
import { screenshotDir } from '../helpers/screenshot-dir.ts';

const SITE_NAME = '证据县人民政府';
// A 2×2 PNG: the picture a visitor sees; the finding is that it has no text alternative.
const LOGO = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==',
  'base64',
);

let dir: string;
let server: Server;
let dashboard: Dashboard;
let browser: Browser;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'govcheck-dashboard-evidence-'));
  server = createServer((req, res) => {
    if (req.url === '/') {
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<html lang="zh-CN"><head><title>' +
            `${SITE_NAME}</title></head><body><h1>政务公开</h1><img src="/logo.png" width="120" ` +
            `height="60"></body></html>`,
        );
    } else if (req.url === '/logo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(LOGO);
    else res.writeHead(404).end();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  const file = join(dir, 'sites.yaml');
  await writeFile(
    file,
    [
      `db: "${join(dir, 'govcheck.sqlite')}"`,
      `reportsDir: ${join(dir, 'reports')}`,
      'formats: [json]',
      'defaults: { render: always, a11y: full, retries: 0, useSitemap: false }',
      'sites:',
      `  - name: ${SITE_NAME}`,
      `    url: "${base}"`,
    ].join('\n'),
  );
  const config = await loadSitesConfig(file);
  await runAllSites(config);
  dashboard = await startDashboard({ store: new SqliteRunStore(config.db), config });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await dashboard?.close();
  await new Promise<void>((ok) => (server ? server.close(() => ok()) : ok()));
  await rm(dir, { recursive: true, force: true });
});

describe('dashboard evidence', () => {
  it('shows the element screenshot of an accessibility finding as an image, not a file path', async () => {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${dashboard.url}?token=${dashboard.token}`, { waitUntil: 'load' });
    const base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    await page.goto(`${dashboard.url}site?u=${encodeURIComponent(base)}`, { waitUntil: 'load' });
    const image = await page.waitForSelector('#findings img.evidence');
    const shown = await image!.evaluate((img) => ({
      src: (img as HTMLImageElement).src.slice(0, 22),
      width: (img as HTMLImageElement).naturalWidth,
      complete: (img as HTMLImageElement).complete,
    }));
    expect(shown).toEqual({ src: 'data:image/png;base64,', width: expect.any(Number), complete: true });
    expect(shown.width).toBeGreaterThan(100);
    expect(await page.$eval('#findings', (t) => t.textContent)).not.toMatch(/evidence\/a11y-[0-9a-f]+\.png/);
    await image!.scrollIntoView();
    await page.screenshot({ path: `${screenshotDir()}dashboard-evidence.png` });
    await page.close();
  });
});
