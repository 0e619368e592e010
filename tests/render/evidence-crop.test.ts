import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureEvidence, type EvidenceShot } from '../../crawler/render/a11y-evidence.ts';
import { prepareA11y, runA11yPass } from '../../crawler/render/a11y-pass.ts';
import { findChromium, launchChromium } from '../../crawler/render/chromium.ts';
import { containsBox, type Box } from '../../crawler/render/evidence-clip.ts';
import { inlineEvidence } from '../../crawler/report/inline-evidence.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { a11yAxe } from '../../shared/checks/a11y-axe/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Report } from '../../shared/model/report.ts';
import { readPng } from '../helpers/png-pixels.ts';

// The demo's failure: header links and footer both low contrast, body positioned and pushed down, footer far
// below the first screen. The old overlay (absolute, offsets added by hand) landed 360 px off on such a body.
const PAGE = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>云溪县人民政府</title><style>
body { position: relative; margin: 360px 0 0; font: 16px sans-serif; background: #fff; }
header { padding: 8px; } header a { color: #ddd; margin-right: 24px; }
main { height: 1600px; } footer { padding: 16px; } footer p { color: #ccc; }
</style></head><body>
<header><a id="nav-1" href="/a.html">首页</a><a id="nav-2" href="/b.html">政务公开</a></header>
<main><h1>云溪县人民政府</h1><p>正文内容</p></main>
<footer><p id="footer-text">主办单位：云溪县人民政府办公室</p>
<img id="footer-logo" src="/logo.png" width="90" height="40"></footer>
</body></html>`;

/** An element's box in page coordinates, measured independently of the code under test. */
const boxOf = (page: Page, selector: string): Promise<Box> =>
  page.$eval(selector, (el) => {
    const r = el.getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height };
  });

const near = (a: Box, b: Box): void => {
  for (const k of ['x', 'y', 'width', 'height'] as const) expect(Math.abs(a[k] - b[k])).toBeLessThan(1.5);
};

describe.skipIf(!findChromium())('evidence pictures cropped on each finding’s element', () => {
  let server: Server;
  let browser: Browser;
  let page: Page;
  let shots: EvidenceShot[];
  const base = mkdtempSync(join(tmpdir(), 'govcheck-crop-'));
  const dir = join(base, 'evidence');
  const shotOf = (ruleId: string): EvidenceShot => {
    const shot = shots.find((s) => s.ruleId === ruleId);
    if (!shot) throw new Error(`no picture for ${ruleId}`);
    return shot;
  };

  beforeAll(async () => {
    server = createServer((req, res) =>
      req.url === '/'
        ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
        : res.writeHead(404).end(),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    browser = await launchChromium();
    page = await browser.newPage();
    await page.setViewport({ width: 1024, height: 700 });
    await prepareA11y(page);
    await page.goto(`http://127.0.0.1:${(server.address() as { port: number }).port}/`);
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    if (!process.env.KEEP_EVIDENCE) rmSync(base, { recursive: true, force: true });
    else process.stdout.write(`evidence kept in ${base}\n`);
  });

  it('photographs the element the finding names, with surroundings, outlined, one file per finding', async () => {
    const audit = await runA11yPass(page, {});
    shots = await captureEvidence(page, audit, dir);
    const contrast = shotOf('color-contrast');
    const footer = shotOf('image-alt');
    const [nav, logo, footerText] = await Promise.all(
      ['#nav-1', '#footer-logo', '#footer-text'].map((s) => boxOf(page, s)),
    );
    // The contrast finding names the first header link; the footer finding (image without alt) the footer logo.
    near(contrast.element, nav);
    near(footer.element, logo);
    expect(containsBox(contrast.clip, nav)).toBe(true);
    expect(containsBox(contrast.clip, footerText)).toBe(false);
    expect(containsBox(footer.clip, logo)).toBe(true);
    expect(containsBox(footer.clip, nav)).toBe(false);
    // Some page around the element, never beyond the page.
    expect(contrast.clip.y).toBeLessThanOrEqual(nav.y - 20);
    expect(contrast.clip.x).toBeGreaterThanOrEqual(0);
    expect(contrast.screenshot).not.toBe(footer.screenshot);
    const [contrastPng, footerPng] = [contrast, footer].map((s) => readFileSync(join(base, s.screenshot)));
    expect(contrastPng.equals(footerPng)).toBe(false);
    // The red outline is drawn around the element in the picture: 2 px outside its left edge, mid-height.
    for (const [shot, bytes, box] of [
      [contrast, contrastPng, nav],
      [footer, footerPng, logo],
    ] as const) {
      const png = readPng(bytes);
      expect(png.width).toBeLessThanOrEqual(720);
      const at = (x: number, y: number) =>
        png.at(Math.round((x - shot.clip.x) * shot.clip.scale), Math.round((y - shot.clip.y) * shot.clip.scale));
      const [r, g, b] = at(box.x - 2, box.y + box.height / 2);
      expect(r).toBeGreaterThan(180);
      expect(g + b).toBeLessThan(120);
      // Outside the outline the page itself shows (white background), not a frame.
      expect(at(box.x + box.width / 2, box.y - 12)).toEqual([255, 255, 255]);
    }
  });

  it('gives each finding its own picture, the one the reports inline', async () => {
    const audit = await runA11yPass(page, { evidenceDir: dir });
    const engine = new CheckEngine({
      checks: [a11yAxe],
      siteUrl: 'http://127.0.0.1/',
      asOf: '2026-11-20',
      profiles: ['national'],
      capabilities: { rendered: true, network: false },
    });
    const findings = await engine.checkPage({ ...snapshotOf(PAGE, page.url()), a11y: audit });
    const pictured = findings.filter((f) => ['color-contrast', 'image-alt'].includes(String(f.axeRuleId)));
    expect(pictured).toHaveLength(2);
    const report = await inlineEvidence({ findings: pictured } as unknown as Report, base);
    const images = report.findings.map((f) => String(f.data.screenshot));
    expect(images.every((i) => i.startsWith('data:image/png;base64,'))).toBe(true);
    expect(images[0]).not.toBe(images[1]);
    for (const f of pictured) {
      expect(f.data.screenshot).toBe(shotOf(String(f.axeRuleId)).screenshot);
    }
  });
});
