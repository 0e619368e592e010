import { describe, expect, it } from 'vitest';
import { configToOptions } from '../../crawler/config.ts';
import { UsageError } from '../../crawler/errors.ts';
import { resolveOptions } from '../../crawler/options.ts';

describe('config file', () => {
  it('passes crawl options through and gives the white-list to every check', () => {
    const options = configToOptions({ maxPages: 20, whitelist: { terms: ['云溪'] }, checkOptions: { 'typo-confusion': { harvestMinPages: 3 } } });
    expect(options).toMatchObject({ maxPages: 20, checkOptions: { '*': { whitelist: { terms: ['云溪'] } }, 'typo-confusion': { harvestMinPages: 3 } } });
  });

  it('accepts the marks file the extension exports (white-list plus confirmed ids)', () => {
    expect(configToOptions({ whitelist: { terms: ['张三'] }, confirmed: ['0123456789abcdef'] }).checkOptions)
      .toEqual({ '*': { whitelist: { terms: ['张三'] } } });
  });

  it.each([
    [{ maxPages: 'many' }, /maxPages/],
    [{ render: 'sometimes' }, /render/],
    [{ unknownKey: 1 }, /additional/],
    [{ checkOptions: { 'link-broken': { statusPolicy: [{ codes: { '4xx': 'ignore' } }] } } }, /状态码策略/],
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
});
