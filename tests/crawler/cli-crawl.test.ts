import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.ts';
import { serveStaticSite, type RunningSite } from '../../crawler/apps/demo/static-site-server.ts';
import { hasVeto } from '../../shared/report/build-report.ts';
import { runCli } from '../helpers/run-cli.ts';
import { assertValidReport } from '../helpers/validate-report.ts';

const SITE = fileURLToPath(new URL('./sites/basic/', import.meta.url));

describe('govcheck crawl (real CLI against a loopback site)', () => {
  let site: RunningSite;
  let dir: string;
  let report: Report;
  let result: Awaited<ReturnType<typeof runCli>>;

  beforeAll(async () => {
    site = await serveStaticSite(SITE);
    dir = await mkdtemp(join(tmpdir(), 'govcheck-cli-'));
    // Run from a folder outside the project, as an installed bin is: the HTML report's JSX must still compile.
    // --allow-private: the refused-connection link is another loopback port, probed as another site would be.
    result = await runCli(
      [
        'crawl',
        site.url,
        '--render',
        'never',
        '--retries',
        '0',
        '--format',
        'json,html',
        '--out',
        join(dir, 'report'),
        '--quiet',
        '--allow-private',
        '127.0.0.1',
      ],
      dir,
    );
    report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Report;
  });
  afterAll(async () => {
    await site.close();
    await rm(dir, { recursive: true, force: true });
  });

  const broken = (target: string) => report.findings.find((f) => f.category === 'broken-link' && f.target === target);

  it('exits 2 when a veto-level problem was found, else 0, and names the report files', () => {
    expect(result.stderr).not.toMatch(/意外错误/);
    expect(result.code).toBe(hasVeto(report) ? 2 : 0);
    expect(result.stdout).toContain(join(dir, 'report.json'));
    expect(result.stdout).toContain(join(dir, 'report.html'));
  });

  it('writes the HTML report when run outside the project folder', async () => {
    expect(result.stderr).not.toContain('意外错误');
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toContain('<!doctype html>');
  });

  it('writes a report that matches the published schema', () => {
    assertValidReport(report);
  });

  it('reports a 404 target with the page and element it is on', () => {
    const f = broken(`${site.url}missing.html`);
    expect(f).toMatchObject({
      url: site.url,
      outcome: 'fail',
      data: { reason: 'HTTP 404' },
      location: { element: 'a' },
    });
    expect(broken(`${site.url}img/missing.png`)).toMatchObject({ location: { element: 'img', attribute: 'src' } });
  });

  it('reports a refused connection', () => {
    expect(broken('http://127.0.0.1:1/')).toMatchObject({ messageId: 'network-error', data: { reason: '连接被拒绝' } });
  });

  it('reports a redirect loop', () => {
    expect(broken(`${site.url}loop-a`)).toMatchObject({ data: { reason: '重定向循环' } });
  });

  it('decodes a GBK page declared only in <meta> and finds its typo', () => {
    const typo = report.findings.find((f) => f.category === 'typo' && f.url === `${site.url}gbk.html`);
    expect(typo).toMatchObject({ text: '再接再励', suggestion: '再接再厉' });
    expect(report.pages.find((p) => p.url === `${site.url}gbk.html`)?.title).toBe('财政预算公开');
  });

  it('obeys robots.txt: the disallowed page is never fetched or checked', () => {
    const page = report.pages.find((p) => p.url === `${site.url}private/secret.html`);
    expect(page?.skipped).toMatch(/robots/);
    expect(report.findings.some((f) => f.url.includes('/private/'))).toBe(false);
  });

  it('reads attachments: a PDF that is no PDF is reported as unreadable, not as a dead link', () => {
    const pdf = `${site.url}docs/guide.pdf`;
    expect(report.pages.find((p) => p.url === pdf)).toMatchObject({ status: 200 });
    expect(report.findings.find((f) => f.url === pdf && f.checkId === 'attachment-readable')).toMatchObject({
      outcome: 'incomplete',
    });
    expect(broken(pdf)).toBeUndefined();
  });

  it('writes an HTML report that names the problems', async () => {
    const html = await readFile(join(dir, 'report.html'), 'utf8');
    expect(html).toContain('missing.html');
    expect(html).toContain('再接再厉');
  });

  it('exits 3 with a bilingual message for bad arguments and bad config', async () => {
    const badUrl = await runCli(['crawl', 'ftp://example', '--quiet']);
    expect(badUrl.code).toBe(3);
    expect(badUrl.stderr).toMatch(/起始地址无效[\s\S]*Invalid start URL/);
    const config = join(dir, 'bad.json');
    await writeFile(config, JSON.stringify({ maxPages: 'many' }));
    const badConfig = await runCli(['crawl', site.url, '--config', config, '--quiet']);
    expect(badConfig.code).toBe(3);
    expect(badConfig.stderr).toMatch(/maxPages/);
    const badFormat = await runCli(['crawl', site.url, '--format', 'json,doc', '--quiet']);
    expect(badFormat.code).toBe(3);
    expect(badFormat.stderr).toMatch(/不支持的报告格式/);
  });
});
