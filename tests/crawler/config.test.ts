import { describe, expect, it } from 'vitest';
import { configToOptions } from '../../crawler/config/config.ts';
import { UsageError } from '../../crawler/runtime/errors.ts';
import { resolveOptions } from '../../crawler/config/options.ts';

describe('config file', () => {
  it('passes crawl options through and gives the white-list to every check', () => {
    const options = configToOptions({
      maxPages: 20,
      whitelist: { terms: ['云溪'] },
      checkOptions: { 'typo-confusion': { harvestMinPages: 3 } },
    });
    expect(options).toMatchObject({
      maxPages: 20,
      checkOptions: { '*': { whitelist: { terms: ['云溪'] } }, 'typo-confusion': { harvestMinPages: 3 } },
    });
  });

  it('accepts the marks file the extension exports (white-list plus confirmed ids)', () => {
    expect(configToOptions({ whitelist: { terms: ['张三'] }, confirmed: ['0123456789abcdef'] }).checkOptions).toEqual({
      '*': { whitelist: { terms: ['张三'] } },
    });
  });

  it.each([
    [{ maxPages: 'many' }, /maxPages/],
    [{ render: 'sometimes' }, /render/],
    [{ unknownKey: 1 }, /unknownKey：没有这个键/],
    [
      { checkOptions: { 'link-broken': { statusPolicy: [{ codes: { '4xx': 'ignore' } }] } } },
      /statusPolicy\.0\.codes\.4xx/,
    ],
  ])('refuses %j with a message naming the problem', (config, message) => {
    expect(() => configToOptions(config)).toThrow(UsageError);
    expect(() => configToOptions(config)).toThrow(message);
  });

  it('refuses bad flag values before any request', () => {
    expect(() => resolveOptions({ startUrl: 'http://127.0.0.1/', concurrency: 0 })).toThrow(/concurrency/);
    expect(() => resolveOptions({ startUrl: 'http://127.0.0.1/', asOf: '2026-13-45' })).toThrow(/as-of/);
    expect(() => resolveOptions({ startUrl: 'http://127.0.0.1/', resume: true })).toThrow(/--db/);
    expect(() => resolveOptions({ startUrl: 'http://127.0.0.1/', skipLinks: ['('] })).toThrow(/正则/);
  });

  it('refuses an option a check does not declare, naming the key and the known ones', () => {
    const bad = () => configToOptions({ checkOptions: { 'typo-confusion': { nonsense: 1 } } });
    expect(bad).toThrow(/checkOptions\.typo-confusion\.nonsense：没有这个键.*可用：whitelist, harvestMinPages/);
    expect(bad).toThrow(/checkOptions\.typo-confusion\.nonsense: unknown key/);
  });

  it('refuses an unknown check id, under checkOptions and in checks', () => {
    expect(() => configToOptions({ checkOptions: { 'typo-nonsense': {} } })).toThrow(/checkOptions\.typo-nonsense/);
    expect(() => configToOptions({ checks: ['typo-nonsense'] })).toThrow(/checks\.0/);
  });

  it('refuses a check option value its schema refuses', () => {
    expect(() => configToOptions({ checkOptions: { 'ipv6-support': { target: 2 } } })).toThrow(/ipv6-support\.target/);
  });

  it('judges a crawl option the same on the command line and in the config', () => {
    const fromFlag = problemOf(() => resolveOptions({ startUrl: 'http://127.0.0.1/', retries: 50 }));
    const fromConfig = problemOf(() => configToOptions({ retries: 50 }));
    expect(fromFlag.zh).toContain(
      '--retries（配置文件 retries）应为 0 到 10 之间的整数，收到 50；请写成例如 --retries 2',
    );
    expect(fromConfig.zh).toContain(fromFlag.zh);
    expect(fromConfig.en).toContain(fromFlag.en);
    for (const [key, value] of [
      ['concurrency', 200],
      ['timeoutMs', 1],
    ] as const) {
      expect(() => configToOptions({ [key]: value })).toThrow(key);
      expect(() => resolveOptions({ startUrl: 'http://127.0.0.1/', [key]: value })).toThrow(key);
    }
  });

  it('validates check options that reach the crawl without a config file (sites, programs)', () => {
    expect(() =>
      resolveOptions({ startUrl: 'http://127.0.0.1/', checkOptions: { 'a11y-axe': { maxNodes: 3 } } }),
    ).toThrow(/checkOptions\.a11y-axe\.maxNodes/);
    expect(() => resolveOptions({ startUrl: 'http://127.0.0.1/', checks: ['nope'] })).toThrow(/未知的检查项：nope/);
  });

  it('takes its defaults from the option table', () => {
    expect(resolveOptions({ startUrl: 'http://127.0.0.1/' })).toMatchObject({
      maxPages: 500,
      retries: 2,
      useSitemap: true,
      attachments: true,
      render: 'auto',
      profiles: ['national'],
    });
  });
});

function problemOf(run: () => unknown): UsageError {
  try {
    run();
  } catch (error) {
    return error as UsageError;
  }
  throw new Error('expected a usage error');
}
