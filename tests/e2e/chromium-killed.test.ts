import { execFileSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { USER_AGENT } from '../../crawler/config/options.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';

/** Chromium processes started by this test process (the browser, not its helpers). */
function browserPids(): number[] {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,comm='])
    .toString()
    .trim()
    .split('\n')
    .map((l) => l.trim().split(/\s+/));
  return rows
    .filter(([, ppid, comm]) => Number(ppid) === process.pid && /chrom/.test(comm))
    .map(([pid]) => Number(pid));
}

describe.skipIf(!BrowserPool.available())('Chromium killed mid-crawl', () => {
  let server: Server;
  let url: string;
  const pool = new BrowserPool({ tabs: 1, timeoutMs: 30_000, userAgent: USER_AGENT });
  beforeAll(async () => {
    server = createServer((req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(`<!doctype html><title>页面${req.url}</title><script>document.title += ' 已渲染'</script>`),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    await pool.close();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('the pool relaunches Chromium and the next render succeeds', async () => {
    expect((await pool.render(`${url}a`)).html).toContain('已渲染');
    const killed = browserPids();
    expect(killed.length).toBeGreaterThan(0);
    for (const pid of killed) process.kill(pid, 'SIGKILL');
    // The page being rendered when the browser dies may fail; the crawl records that and goes on.
    await pool.render(`${url}b`).catch(() => undefined);
    expect((await pool.render(`${url}c`)).html).toContain('已渲染');
    expect(browserPids().some((pid) => !killed.includes(pid))).toBe(true);
  }, 300_000);
});
