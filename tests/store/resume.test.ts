import { createServer, type Server } from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../../shared/model/report.ts';
import { runCli, startCli } from '../helpers/run-cli.ts';

const PAGES = 60;

/** A generated site: page N links to N+1..N+3, every 7th page has a dead link, every 5th a typo. */
function sitePage(n: number): string {
  const links = [1, 2, 3]
    .map((d) => n + d)
    .filter((m) => m < PAGES)
    .map((m) => `<a href="/p/${m}.html">第${m}页</a>`);
  if (n % 7 === 0) links.push(`<a href="/missing/${n}.html">旧链接</a>`);
  const text = n % 5 === 0 ? '各单位要再接再励，做好工作。' : '各单位要认真做好工作。';
  return (
    `<!doctype html><html><head><meta ` +
    `charset="utf-8"><title>第${n}页</title></head><body><p>${text}</p>${links.join(' ')}</body></html>`
  );
}

describe('crash-safe crawl: SIGKILL mid-way, then --resume', () => {
  let server: Server;
  let base: string;
  let dir: string;
  const hits = new Map<string, number>();
  let onHit: (count: number) => void = () => undefined;

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'govcheck-resume-'));
    server = createServer((req, res) => {
      const path = req.url ?? '/';
      hits.set(path, (hits.get(path) ?? 0) + 1);
      const match = /^\/(?:p\/(\d+)\.html)?$/.exec(path);
      if (!match) {
        res.writeHead(404).end('not found');
        return;
      }
      onHit([...hits.keys()].filter((k) => k.startsWith('/p/')).length);
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sitePage(Number(match[1] ?? 0)));
    });
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(async () => {
    await new Promise<void>((ok) => server.close(() => ok()));
    await rm(dir, { recursive: true, force: true });
  });

  const args = (out: string) => [
    'crawl',
    base,
    '--render',
    'never',
    '--retries',
    '0',
    '--concurrency',
    '1',
    '--quiet',
    '--no-sitemap',
    '--max-depth',
    '100',
    '--out',
    out,
  ];

  it('continues without refetching finished pages; ends with the same findings as an uninterrupted run', async () => {
    const db = join(dir, 'state.sqlite');
    // First run: slowed down, killed after 20 pages were served.
    const killed = startCli([...args(join(dir, 'first.json')), '--delay', '50', '--db', db]);
    await new Promise<void>((resolve) => {
      onHit = (count) => {
        if (count >= 20) {
          killed.child.kill('SIGKILL');
          resolve();
        }
      };
    });
    onHit = () => undefined;
    const first = await killed.done;
    expect(first.signal).toBe('SIGKILL');

    const finished = new Database(db, { readonly: true });
    const doneUrls = (finished.prepare('SELECT url FROM frontier WHERE done = 1').all() as { url: string }[]).map(
      (r) => new URL(r.url).pathname,
    );
    finished.close();
    expect(doneUrls.length).toBeGreaterThan(5);
    const hitsBeforeResume = new Map(hits);

    const resumed = await runCli([...args(join(dir, 'resumed.json')), '--db', db, '--resume']);
    // 0 or 2: the crawl completed (2 = veto-level findings, which generated pages without footers have).
    expect([0, 2]).toContain(resumed.code);
    for (const path of doneUrls) {
      expect(hits.get(path), `${path} was finished before the kill`).toBe(hitsBeforeResume.get(path));
    }
    const resumedReport = JSON.parse(await readFile(join(dir, 'resumed.json'), 'utf8')) as Report;
    expect(resumedReport.sections.crawl).toMatchObject({ resumed: true });
    expect(resumedReport.pages.filter((p) => p.url.includes('/p/')).length).toBe(PAGES - 1);

    const clean = await runCli(args(join(dir, 'clean.json')));
    expect([0, 2]).toContain(clean.code);
    const cleanReport = JSON.parse(await readFile(join(dir, 'clean.json'), 'utf8')) as Report;
    const ids = (r: Report) => r.findings.map((f) => f.id).sort();
    expect(ids(resumedReport)).toEqual(ids(cleanReport));
    // The same sentence at the same place of 12 pages is one finding listing the 12 pages.
    const typoPages = cleanReport.findings.filter((f) => f.category === 'typo').flatMap((f) => f.pages ?? [f.url]);
    expect(new Set(typoPages).size).toBe(12);
    expect(cleanReport.findings.filter((f) => f.category === 'broken-link' && f.outcome === 'fail')).toHaveLength(9);
  });
});
