import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';

const PAGES = 12;
// Low contrast and an image without alt text: two violated rules, each photographed.
const PAGE =
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告</title></head><body>
<h1>通知公告</h1><p style="color:#ccc;background:#fff">关于做好冬季防火工作的通知</p><img src="/missing.png" ` +
  `width="80" height="40">
</body></html>`;

/** Evidence screenshots while two tabs render at once (the demo's home page once stalled here for minutes). */
describe.skipIf(!BrowserPool.available())('evidence screenshots with two render tabs', () => {
  let server: Server;
  let origin: string;
  const pool = new BrowserPool({ tabs: 2, timeoutMs: 30_000, userAgent: 'govcheck-test' });
  const evidenceDir = join(mkdtempSync(join(tmpdir(), 'govcheck-evidence-')), 'evidence');
  beforeAll(async () => {
    server = createServer((req, res) =>
      req.url?.endsWith('.html')
        ? res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE)
        : res.writeHead(404).end(),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(async () => {
    await pool.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(join(evidenceDir, '..'), { recursive: true, force: true });
  });

  it('photographs every violated rule on every page, whichever tab is in front', async () => {
    const rendered = await Promise.all(
      Array.from({ length: PAGES }, (_, i) => pool.render(`${origin}/tzgg/${i}.html`, { axe: true, evidenceDir })),
    );
    const rules = rendered
      .flatMap((r) => r.a11y?.axe.violations ?? [])
      .filter((v) => ['color-contrast', 'image-alt'].includes(v.id));
    expect(rules.length).toBe(2 * PAGES);
    expect(rules.filter((rule) => !rule.screenshot).map((rule) => rule.id)).toEqual([]);
  });
});
