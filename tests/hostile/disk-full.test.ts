import { createServer, type Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/run-cli.ts';

/** /dev/full answers every write with ENOSPC: the disk-full case without filling a disk. */
describe('a report that cannot be written', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_, res) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!doctype html><title>首页</title><p>正文</p>'),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as { port: number }).port}/`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('says the disk is full, in Chinese and English, and exits 1 without a stack trace', async () => {
    const result = await runCli([
      'crawl',
      url,
      '--render',
      'never',
      '--no-sitemap',
      '--quiet',
      '--max-pages',
      '1',
      '--checks',
      'typo-confusion',
      '--cloaking',
      'none',
      '--format',
      'json',
      '--out',
      '/dev/full',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('磁盘空间不足');
    expect(result.stderr).toContain('the disk is full');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  }, 300_000);
});
