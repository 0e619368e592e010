import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveOptions } from '../../crawler/config/options.ts';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { CHECKS } from '../../shared/checks/index.ts';
import { assertValidReport } from '../helpers/validate-report.ts';

describe('--checks a,b', () => {
  let server: Server;
  let base: string;
  beforeAll(async () => {
    server = createServer((_req, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<html><head><title>云溪县人民政府</title></head><body><p>日期：2023年4月31日。</p></body></html>'),
    );
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

  it('runs only those checks and lists every other one as skipped, not chosen (未选择)', async () => {
    const chosen = ['typo-format', 'site-info'];
    const report = await crawlSite(
      resolveOptions({ startUrl: base, checks: chosen, render: 'never', useSitemap: false, asOf: '2026-11-20' }),
    );
    assertValidReport(report);
    expect(report.checks.map((c) => c.checkId)).toEqual(CHECKS.map((c) => c.id));
    expect(report.checks.filter((c) => c.status === 'ran').map((c) => c.checkId)).toEqual(chosen.sort());
    for (const skipped of report.checks.filter((c) => !chosen.includes(c.checkId))) {
      expect(skipped).toMatchObject({ status: 'skipped', runs: 0 });
      expect(skipped.reason?.zh).toMatch(/^未选择/);
      expect(skipped.reason?.en).toMatch(/^not chosen/);
    }
    expect(report.findings.map((f) => f.checkId)).toContain('typo-format');
    for (const f of report.findings) expect(chosen).toContain(f.checkId);
  });
});
