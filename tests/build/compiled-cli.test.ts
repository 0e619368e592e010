import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it, vi } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// The `govcheck` bin runs dist/ (scripts/build.sh): the compiled crawler must find its package files and judge
// options as the sources do.
describe('compiled CLI (dist/)', () => {
  let main: (argv: string[]) => Promise<number>;

  beforeAll(async () => {
    await promisify(execFile)('bash', ['scripts/build.sh'], { cwd: ROOT });
    ({ main } = await import(`${ROOT}dist/crawler/apps/cli/cli.js`));
  });

  const run = async (...args: string[]) => {
    const written: string[] = [];
    const spy = (stream: NodeJS.WriteStream) =>
      vi.spyOn(stream, 'write').mockImplementation((text) => {
        written.push(String(text));
        return true;
      });
    const [stdout, stderr] = [spy(process.stdout), spy(process.stderr)];
    try {
      return { code: await main(['node', 'govcheck', ...args]), output: written.join('') };
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
  };

  it('reads its version from package.json', async () => {
    const { version } = JSON.parse(readFileSync(`${ROOT}package.json`, 'utf8')) as { version: string };
    expect(await run('--version')).toEqual({ code: 0, output: `${version}\n` });
  });

  it('refuses a bad option with exit code 3, as the sources do', async () => {
    const { code, output } = await run('crawl', 'http://127.0.0.1:9/', '--retries', '50');
    expect(code).toBe(3);
    expect(output).toContain('--retries（配置文件 retries）应为 0 到 10 之间的整数，收到 50');
  });
});
