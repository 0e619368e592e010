import { describe, expect, it } from 'vitest';
import { inScope, looksLikePage, makeScope, normalizeUrl } from '../../crawler/frontier/url.ts';

describe('normalizeUrl', () => {
  it.each([
    ['HTTP://WWW.Example.GOV.cn:80/a/../b/index.html#top', 'http://www.example.gov.cn/b/index.html'],
    ['https://x.gov.cn:443', 'https://x.gov.cn/'],
    ['http://x.gov.cn/p?utm_source=wx&id=3&spm=1', 'http://x.gov.cn/p?id=3'],
    ['http://x.gov.cn/p?', 'http://x.gov.cn/p'],
    ['http://user:pw@x.gov.cn/', 'http://x.gov.cn/'],
    ['http://x.gov.cn/%E6%94%BF%E5%8A%A1', 'http://x.gov.cn/%E6%94%BF%E5%8A%A1'],
    ['http://x.gov.cn/政务公开/', 'http://x.gov.cn/%E6%94%BF%E5%8A%A1%E5%85%AC%E5%BC%80/'],
  ])('%s → %s', (input, expected) => {
    expect(normalizeUrl(input)).toBe(expected);
  });

  it('resolves relative links against a base', () => {
    expect(normalizeUrl('../c.html', 'http://x.gov.cn/a/b/')).toBe('http://x.gov.cn/a/c.html');
  });

  it.each(['javascript:void(0)', 'mailto:a@b.cn', 'tel:12345', 'ftp://x.gov.cn/', 'http://'])('rejects %j', (input) => {
    expect(normalizeUrl(input, 'http://x.gov.cn/')).toBeUndefined();
  });

  it('reads an empty href as the page itself, and an empty string alone as nothing', () => {
    expect(normalizeUrl('', 'http://x.gov.cn/a.html#x')).toBe('http://x.gov.cn/a.html');
    expect(normalizeUrl('')).toBeUndefined();
  });
});

describe('scope', () => {
  const scope = makeScope('http://www.yx.gov.cn/', ['xxgk.yx.gov.cn'], ['/private/']);
  it('treats www and bare host as one site, and adds extra hosts', () => {
    expect(inScope('http://yx.gov.cn/a', scope)).toBe(true);
    expect(inScope('https://www.yx.gov.cn/a', scope)).toBe(true);
    expect(inScope('http://xxgk.yx.gov.cn/', scope)).toBe(true);
    expect(inScope('http://other.gov.cn/', scope)).toBe(false);
  });
  it('leaves out links matching a skip pattern', () => {
    expect(inScope('http://www.yx.gov.cn/private/x.html', scope)).toBe(false);
  });
  it('keeps documents and media out of the page frontier', () => {
    expect(looksLikePage('http://x.gov.cn/a.PDF')).toBe(false);
    expect(looksLikePage('http://x.gov.cn/list.jsp?id=1')).toBe(true);
    expect(looksLikePage('http://x.gov.cn/dir/')).toBe(true);
  });
});
