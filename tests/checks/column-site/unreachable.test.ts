import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translator } from '../../../crawler/apps/dashboard/i18n.ts';
import { VerdictBadge } from '../../../crawler/apps/dashboard/views/verdict-badge.tsx';
import { siteHistory } from '../../../crawler/apps/sites/history.ts';
import { runAllSites } from '../../../crawler/apps/sites/run-sites.ts';
import { loadSitesConfig } from '../../../crawler/apps/sites/sites-config.ts';
import { summarize } from '../../../shared/report/summary.ts';
import type { Report } from '../../../shared/model/report.ts';
import { startPageFailure } from '../../../shared/report/verdict.ts';
import { runCli, type CliResult } from '../../helpers/run-cli.ts';
import { assertValidReport } from '../../helpers/validate-report.ts';

/** A loopback port nothing listens on: bound once, then closed. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

describe('govcheck crawl of a refused port (无法访问)', () => {
  let dir: string;
  let result: CliResult;
  let report: Report;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govcheck-unreachable-'));
    url = `http://127.0.0.1:${await closedPort()}/`;
    result = await runCli(
      [
        'crawl',
        url,
        '--render',
        'never',
        '--retries',
        '0',
        '--no-sitemap',
        '--as-of',
        '2026-11-20',
        '--out',
        join(dir, 'report.json'),
        '--quiet',
      ],
      dir,
    );
    report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Report;
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('gives the verdict 无法访问 with the reason and the error', () => {
    const verdict = report.sections.verdict!;
    expect(verdict.result).toBe('unreachable');
    expect(verdict.label.zh).toBe('无法访问');
    expect(verdict.reasons[0].zh).toContain('连接被拒绝');
    expect(verdict.unreachable).toMatchObject({ url });
    expect(verdict.unreachable!.error).toMatch(/^refused/);
    expect(verdict.veto).toEqual([]);
    assertValidReport(report);
  });

  it('holds no column, footer or home-page findings, nor their sections', () => {
    expect(report.findings.filter((f) => f.category.startsWith('column-') || f.category === 'site-info')).toEqual([]);
    expect(report.sections['column-missing']).toBeUndefined();
  });

  it('exits with its own code (4, neither 0 nor 2) and says why on stderr', () => {
    expect(result.stderr).not.toMatch(/意外错误/);
    expect(result.code).toBe(4);
    expect(result.stderr).toContain('无法访问（连接被拒绝）');
  });
});

describe('an unreachable site in `run`, history and the dashboard', () => {
  let dir: string;
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('logs 无法访问, lists it in the history and shows the 无法访问 badge', async () => {
    dir = await mkdtemp(join(tmpdir(), 'govcheck-unreachable-sites-'));
    const sitesFile = join(dir, 'sites.yaml');
    const url = `http://127.0.0.1:${await closedPort()}/`;
    await writeFile(
      sitesFile,
      [
        `db: ${join(dir, 'govcheck.sqlite')}`,
        `reportsDir: ${join(dir, 'reports')}`,
        'formats: [json]',
        'defaults: { render: never, retries: 0, useSitemap: false }',
        'sites:',
        `  - { name: 停机县, url: "${url}" }`,
      ].join('\n'),
    );
    const config = await loadSitesConfig(sitesFile);
    const lines: string[] = [];
    const [run] = await runAllSites(config, [], (line) => lines.push(line));
    expect(lines.some((l) => l.startsWith('停机县：') && l.includes('无法访问'))).toBe(true);
    expect((await siteHistory(config, config.sites[0])).split('\n')[2]).toContain('\t无法访问\t');
    const summary = summarize(run.report);
    expect(summary).toMatchObject({ passed: false, unreachable: true });
    expect(summary.score).toBeUndefined();
    const badge = renderToString(h(VerdictBadge, { t: translator('zh'), summary }));
    expect(badge).toContain('data-verdict="unreachable"');
    expect(badge).toContain('>无法访问<');
  });
});

describe('startPageFailure', () => {
  const record = { url: 'http://x/', finalUrl: 'http://x/', contentType: '', title: '', depth: 0, rendered: false };

  it('names network errors, error statuses and robots.txt; a fetched or non-HTML page is not a failure', () => {
    expect(startPageFailure({ ...record, status: 0, skipped: 'dns: getaddrinfo ENOTFOUND x' })?.zh).toBe(
      '域名无法解析',
    );
    expect(startPageFailure({ ...record, status: 0, skipped: 'timeout: 15000 ms' })?.zh).toBe('访问超时');
    expect(startPageFailure({ ...record, status: 503, skipped: 'HTTP 503' })?.zh).toBe('HTTP 503');
    const robots = 'disallowed by robots.txt (use --ignore-robots to override)';
    expect(startPageFailure({ ...record, status: 0, skipped: robots })?.zh).toBe('robots.txt 禁止抓取');
    expect(startPageFailure({ ...record, status: 200 })).toBeUndefined();
    expect(startPageFailure({ ...record, status: 200, skipped: 'not HTML (application/pdf)' })).toBeUndefined();
    expect(startPageFailure(undefined)).toBeUndefined();
  });
});
