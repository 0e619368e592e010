import { describe, expect, it } from 'vitest';
import { lookupHost, type AddressResolver } from '../../crawler/ipv6/resolver.ts';
import { compareVersions } from '../../shared/ipv6/compare.ts';
import type { StackView } from '../../shared/ipv6/dual-stack.ts';
import { sampleLinks } from '../../shared/ipv6/sample.ts';
import { classifySupport, tallySupport, type Ipv6Support } from '../../shared/ipv6/support.ts';

const view = (extra: Partial<StackView> = {}): StackView => ({
  status: 200,
  finalUrl: 'http://x.test/',
  title: 'T',
  text: [],
  links: [],
  ...extra,
});
const result = (v4?: StackView, v6?: StackView, dnsError?: string) => ({
  url: 'http://x.test/',
  host: 'x.test',
  a: v4 ? ['127.0.0.1'] : [],
  aaaa: v6 ? ['::1'] : [],
  ...(dnsError ? { dnsError } : {}),
  v4,
  v6,
});

describe('classifySupport', () => {
  it('tells the IPv6 failure apart from a dead link and from what cannot be tested here', () => {
    expect(classifySupport(result(view(), view()))).toBe('supported');
    expect(classifySupport(result(undefined, view()))).toBe('supported');
    expect(classifySupport(result(view()))).toBe('no-aaaa');
    expect(classifySupport(result(view(), view({ status: 0, error: 'timeout' })))).toBe('unreachable');
    expect(classifySupport(result(view(), view({ status: 502 })))).toBe('http-error');
    expect(classifySupport(result(view({ status: 404 }), view({ status: 404 })))).toBe('broken-both');
    expect(classifySupport(result(view(), view({ status: 0, error: 'no-local-ipv6' })))).toBe('untestable');
    expect(classifySupport(result(undefined, undefined, 'ESERVFAIL'))).toBe('untestable');
  });
});

describe('tallySupport', () => {
  const many = (n: number, s: Ipv6Support) => Array<Ipv6Support>(n).fill(s);
  it('decides only when the untestable links could not change the verdict', () => {
    expect(tallySupport([...many(99, 'supported'), 'no-aaaa'], 0.99)).toMatchObject({
      tested: 100,
      ratio: 0.99,
      verdict: 'pass',
    });
    expect(tallySupport([...many(98, 'supported'), ...many(2, 'unreachable')], 0.99).verdict).toBe('fail');
    expect(tallySupport([...many(98, 'supported'), 'no-aaaa', 'untestable'], 0.99).verdict).toBe('incomplete');
    expect(tallySupport([...many(90, 'supported'), ...many(10, 'no-aaaa'), 'untestable'], 0.99).verdict).toBe('fail');
    expect(tallySupport([...many(3, 'supported'), 'broken-both'], 0.99)).toMatchObject({ tested: 3, verdict: 'pass' });
    expect(tallySupport([], 0.99)).toMatchObject({ ratio: null, verdict: 'incomplete' });
  });
});

describe('compareVersions', () => {
  it('ignores numbers that change between requests but not other text, titles or links', () => {
    expect(compareVersions(view({ text: ['访问量：1203'] }), view({ text: ['访问量：1204'] }))).toEqual([]);
    expect(
      compareVersions(
        view({ text: ['通知公告', '办事指南'], links: ['http://x.test/a'] }),
        view({ text: ['通知公告'], title: 'Welcome' }),
      ),
    ).toEqual([
      { aspect: 'title', v4: 'T', v6: 'Welcome' },
      { aspect: 'text', v4: '办事指南', v6: '（无 / none）' },
      { aspect: 'links', v4: 'http://x.test/a', v6: '（无 / none）' },
    ]);
  });
});

describe('sampleLinks', () => {
  it('keeps each URL at its lowest level, home first, and stops at the cap', () => {
    const pages = [
      { url: 'http://s.test/a', depth: 1, links: ['http://s.test/c', 'http://s.test/b#top'] },
      { url: 'http://s.test/', depth: 0, links: ['http://s.test/a', 'http://s.test/b', 'http://s.test/#main'] },
    ];
    expect(sampleLinks('http://s.test/', pages, 10).map((l) => [l.url, l.level])).toEqual([
      ['http://s.test/', 1],
      ['http://s.test/a', 2],
      ['http://s.test/b', 2],
      ['http://s.test/c', 3],
    ]);
    expect(sampleLinks('http://s.test/', pages, 2)).toHaveLength(2);
  });
});

describe('lookupHost', () => {
  const failing = (code: string): AddressResolver => ({
    resolve4: async () => ['192.0.2.1'],
    resolve6: async () => {
      throw Object.assign(new Error(code), { code });
    },
  });
  it('reads "no record" as an answer and a server failure as no answer; literals answer for themselves', async () => {
    expect(await lookupHost(failing('ENODATA'), 'a.test')).toEqual({ a: ['192.0.2.1'], aaaa: [] });
    expect(await lookupHost(failing('ESERVFAIL'), 'a.test')).toEqual({
      a: ['192.0.2.1'],
      aaaa: [],
      dnsError: 'ESERVFAIL',
    });
    expect(await lookupHost(failing('ESERVFAIL'), '[::1]')).toEqual({ a: [], aaaa: ['::1'] });
  });
});
