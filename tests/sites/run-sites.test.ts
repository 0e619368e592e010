import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.ts';
import { availabilitySummary, probeHomePage } from '../../crawler/apps/sites/availability.ts';
import { siteHistory } from '../../crawler/apps/sites/history.ts';
import { runAllSites } from '../../crawler/apps/sites/run-sites.ts';
import { startScheduler } from '../../crawler/apps/sites/schedule.ts';
import { loadSitesConfig, type SitesConfig } from '../../crawler/apps/sites/sites-config.ts';
import { runCli } from '../helpers/run-cli.ts';

describe('sites file: run, 复核 against the previous run, history, schedule, availability', () => {
  let server: Server;
  let base: string;
  let dir: string;
  let config: SitesConfig;
  let sitesFile: string;
  let typo = '再接再励';

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govcheck-sites-'));
    server = createServer((req, res) => {
      if (req.url === '/') {
        res
          .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
          .end(
            `<html><head><title>测试县</title></head><body><p>各单位要${typo}。</p><a href="/gone.html">旧通` +
              `知</a></body></html>`,
          );
      } else res.writeHead(404).end();
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
    sitesFile = join(dir, 'sites.yaml');
    await writeFile(
      sitesFile,
      [
        `db: ${join(dir, 'govcheck.sqlite')}`,
        `reportsDir: ${join(dir, 'reports')}`,
        'formats: [json]',
        'defaults: { render: never, retries: 0, useSitemap: false }',
        'sites:',
        `  - { name: 测试县人民政府, url: "${base}", unit: 县政府办, schedule: "* * * * * *" }`,
      ].join('\n'),
    );
    config = await loadSitesConfig(sitesFile);
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await rm(dir, { recursive: true, force: true });
  });

  it('accepts the example sites file the README shows', async () => {
    const example = await loadSitesConfig(new URL('../../examples/sites.yaml', import.meta.url).pathname);
    expect(example.sites.map((s) => s.name)).toEqual(['某某县人民政府', '某某县教育局']);
    expect(example.availability).toMatchObject({ everyMinutes: 72, timeoutMs: 15000, vetoRatio: 0.05 });
  });

  it('refuses an invalid sites file with every problem named', async () => {
    const bad = join(dir, 'bad.yaml');
    await writeFile(bad, 'sites:\n  - { name: x, url: "ftp://x" }\n  - { url: "http://127.0.0.1/" }\n');
    await expect(loadSitesConfig(bad)).rejects.toThrow(/url[\s\S]*name/);
  });

  it('runs every site, and the second run says what was fixed and what is still open', async () => {
    const [first] = await runAllSites(config);
    expect(first.report.findings.some((f) => f.text === '再接再励')).toBe(true);
    typo = '再接再厉';
    const [second] = await runAllSites(config);
    const json = JSON.parse(await readFile(second.paths.json, 'utf8')) as Report;
    // The typo is fixed; everything else (the dead link, missing columns …) is still open.
    expect(json.sections.recheck).toMatchObject({ counts: { new: 0, open: json.findings.length, fixed: 1 } });
    expect(json.findings.some((f) => f.target === `${base}gone.html`)).toBe(true);
  });

  it('prints the trend of a site from the CLI', async () => {
    const { code, stdout } = await runCli(['history', '测试县人民政府', '--config', sitesFile]);
    expect(code).toBe(0);
    const rows = stdout.split('\n').filter((l) => /^\d{4}-\d{2}-\d{2} /.test(l));
    expect(rows).toHaveLength(2);
    expect(await siteHistory(config, config.sites[0])).toContain('broken-link');
  });

  it('runs a site when its cron schedule is due', async () => {
    const lines: string[] = [];
    const scheduler = startScheduler({ ...config, availability: { ...config.availability, everyMinutes: 60 } }, (l) =>
      lines.push(l),
    );
    await expect.poll(() => lines.some((l) => l.startsWith('完成 测试县人民政府')), { timeout: 20_000 }).toBe(true);
    scheduler.stop();
  });

  it('counts failed home-page visits against the 5 % veto line', async () => {
    const down = { ...config.sites[0], name: '停机县', url: 'http://127.0.0.1:1/' };
    for (let i = 0; i < 3; i++) expect((await probeHomePage(config, down)).ok).toBe(false);
    expect(availabilitySummary(config, down)).toMatchObject({ visits: 3, failed: 3, veto: true });
    expect((await probeHomePage(config, config.sites[0])).ok).toBe(true);
  });
});
