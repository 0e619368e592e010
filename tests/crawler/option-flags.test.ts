import { Command } from 'commander';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../crawler/apps/cli/cli.ts';
import { addCrawlFlags, crawlOptionsFromFlags } from '../../crawler/apps/cli/option-flags.ts';

const parse = (...args: string[]) => {
  const command = addCrawlFlags(new Command('crawl').exitOverride());
  command.parse(args, { from: 'user' });
  return crawlOptionsFromFlags(command);
};

describe('crawl flags from the option table', () => {
  it('turns flags into option keys, with integers, lists and variadic values', () => {
    expect(
      parse(
        '--max-pages',
        '20',
        '--delay',
        '5',
        '--profile',
        'national, county-portal',
        '--skip',
        'a',
        'b',
        '--render',
        'never',
      ),
    ).toEqual({
      maxPages: 20,
      delayMs: 5,
      profiles: ['national', 'county-portal'],
      skipLinks: ['a', 'b'],
      render: 'never',
    });
  });

  it('gives only what was written: a negatable flag left out does not override the config', () => {
    expect(parse()).toEqual({});
    expect(parse('--no-sitemap', '--no-attachments')).toEqual({ useSitemap: false, attachments: false });
  });

  it('keeps a value that is not a number as written, so the one validation can say so', () => {
    expect(parse('--retries', 'many')).toEqual({ retries: 'many' });
  });

  it('exits 3 on `--retries 50`, naming the option and what to write', async () => {
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    try {
      expect(await main(['node', 'govcheck', 'crawl', 'http://127.0.0.1:9/', '--retries', '50'])).toBe(3);
      const written = stderr.mock.calls.map(([text]) => String(text)).join('');
      expect(written).toContain('--retries（配置文件 retries）应为 0 到 10 之间的整数，收到 50');
      expect(written).toContain('Error: --retries (config: retries) must be an integer from 0 to 10, got 50');
    } finally {
      stderr.mockRestore();
    }
  });
});
