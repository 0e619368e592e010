import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { DEFAULT_ATTACHMENT_LIMITS } from '../../crawler/attachments/extracted.ts';
import { ReaderPool } from '../../crawler/attachments/reader-pool.ts';
import { zipBombReason } from '../../crawler/attachments/zip-directory.ts';
import type { Report } from '../../shared/model/report.ts';
import { docxBomb, xlsxBomb, zip } from './zip-bombs.ts';

const TIME = '/usr/bin/time';

describe('zip directory caps (read before anything is unzipped)', () => {
  it('refuses a DOCX or XLSX that unzips far beyond its size, and lets ordinary files through', () => {
    expect(zipBombReason(docxBomb(35e6))).toMatch(/unzips to 33\.4 MB from 0\.\d MB \(\d+:1, limit 100:1\)/);
    expect(zipBombReason(xlsxBomb(35e6))).toMatch(/limit 100:1/);
    expect(zipBombReason(docxBomb(60e6))).toMatch(/unzips to 57\.2 MB, limit 50\.0 MB/);
    expect(zipBombReason(docxBomb(200_000))).toBeUndefined();
  });

  it('refuses a zip of too many entries', () => {
    const many = Array.from({ length: 10_001 }, (_, i) => ({ name: `f${i}.xml`, data: Buffer.from('x') }));
    expect(zipBombReason(zip(many))).toBe('zip has 10001 entries, limit 10000');
  });
});

describe('attachments are parsed in threads with a memory limit and a deadline', () => {
  it('stops a file that needs more memory than the thread has, and goes on with the next', async () => {
    const pool = new ReaderPool({ threads: 1, heapMb: 32 });
    // Under the zip caps, but far more paragraphs than 32 MB of heap can hold as a document.
    const heavy = await pool.read('docx', docxBomb(20e6), { ...DEFAULT_ATTACHMENT_LIMITS, maxChars: 1e9 });
    expect(heavy).toEqual({ messageId: 'too-large', reason: 'parsing needed more than 32 MB of memory' });
    const next = await pool.read('docx', docxBomb(2_000), DEFAULT_ATTACHMENT_LIMITS);
    expect('blocks' in next && next.blocks.length).toBeGreaterThan(0);
    await pool.close();
  }, 120_000);

  it('ends the parsing itself at the deadline (the thread is gone, not left working)', async () => {
    const pool = new ReaderPool({ threads: 1, heapMb: 512 });
    const late = await pool.read('docx', docxBomb(20e6), { ...DEFAULT_ATTACHMENT_LIMITS, timeoutMs: 50 });
    expect(late).toEqual({ messageId: 'timeout', reason: 'not read within 50 ms' });
    await vi.waitFor(() => expect(pool.threads).toBe(0), { timeout: 10_000 });
  }, 60_000);
});

/** A site whose notice links a DOCX bomb and an XLSX bomb, as a hacked site would. */
function bombSite(): Promise<Server> {
  const docx = docxBomb(35e6);
  const xlsx = xlsxBomb(35e6);
  const server = createServer((req, res) => {
    if (req.url === '/') {
      return res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          '<!doctype html><html><head>' +
            '<meta charset="utf-8"><title>公示</title></head><body><p>低保对象名单见附件。</p>' +
            '<a href="/files/notice.docx">名单.docx</a> <a href="/files/list.xlsx">名单.xlsx</a></body></html>',
        );
    }
    if (req.url === '/files/notice.docx')
      return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(docx);
    if (req.url === '/files/list.xlsx')
      return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(xlsx);
    res.writeHead(404).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.runIf(existsSync(TIME))('a crawl of a site linking a DOCX bomb and an XLSX bomb', () => {
  let server: Server;
  let dir: string;
  let report: Report;
  let peakKb: number;

  beforeAll(async () => {
    server = await bombSite();
    dir = await mkdtemp(join(tmpdir(), 'govcheck-bombs-'));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
    const out = join(dir, 'report.json');
    // The real CLI under /usr/bin/time -v: its peak resident memory is the figure docs/security.md gives.
    peakKb = await timedCrawl(['crawl', url, '--render', 'never', '--no-sitemap', '--quiet', '--out', out]);
    report = JSON.parse(await readFile(out, 'utf8')) as Report;
  }, 300_000);

  afterAll(async () => {
    server?.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('finishes with a report naming the limit for each bomb', () => {
    const findings = report.findings.filter((f) => f.checkId === 'attachment-readable');
    // The report may merge the two into one finding listing both files: every bomb is covered either way.
    const covered = findings
      .flatMap((f) => f.pages ?? [f.url])
      .map((u) => new URL(u).pathname)
      .sort();
    expect(covered).toEqual(['/files/list.xlsx', '/files/notice.docx']);
    for (const finding of findings) expect(finding.data?.reason).toMatch(/limit 100:1/);
    for (const path of covered) {
      const page = report.pages.find((p) => new URL(p.url).pathname === path);
      expect(page?.notes?.join(' '), path).toMatch(/attachment too-large: unzips to \d+\.\d MB .*limit 100:1/);
    }
  });

  it('stays under 1 GB of peak resident memory', () => {
    console.log(`bomb crawl peak RSS: ${(peakKb / 1024).toFixed(0)} MB`);
    expect(peakKb).toBeLessThan(1024 * 1024);
  });
});

/** Runs the CLI under /usr/bin/time -v and gives its "Maximum resident set size" in KB. */
async function timedCrawl(args: string[]): Promise<number> {
  const bin = new URL('../../bin/govcheck.mjs', import.meta.url).pathname;
  const child = spawn(TIME, ['-v', process.execPath, bin, ...args], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  await new Promise((resolve) => child.on('close', resolve));
  const peak = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  if (!peak) throw new Error(`no RSS in: ${stderr.slice(-500)}`);
  return Number(peak[1]);
}
