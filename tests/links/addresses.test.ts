import { describe, expect, it } from 'vitest';
import { isGovHost, isPrivateHost, wrongAddress } from '../../shared/links/addresses.ts';

describe('wrong addresses (错链 by address)', () => {
  it('knows intranet, loopback and link-local hosts', () => {
    for (const host of [
      '10.1.2.3',
      '192.168.0.10',
      '172.20.1.1',
      '127.0.0.1',
      'localhost',
      '[::1]',
      'oa',
      'files.corp',
      '169.254.1.1',
    ]) {
      expect(isPrivateHost(host), host).toBe(true);
    }
    for (const host of ['www.example.gov.cn', '8.8.8.8', '172.32.0.1', 'example.com'])
      expect(isPrivateHost(host), host).toBe(false);
  });

  it('flags intranet targets only on a public site, local files everywhere', () => {
    const site = 'http://www.example.gov.cn/';
    expect(wrongAddress('http://192.168.1.20/oa/', 'http://192.168.1.20/oa/', site)).toBe('private-address');
    expect(wrongAddress('http://192.168.1.20/oa/', 'http://192.168.1.20/oa/', 'http://10.0.0.5/')).toBeUndefined();
    expect(wrongAddress('file:///C:/docs/a.doc', 'file:///C:/docs/a.doc', site)).toBe('local-file');
    expect(wrongAddress('D:\\公文\\通知.doc', 'http://www.example.gov.cn/D:%5C', site)).toBe('local-file');
    expect(wrongAddress('\\\\fileserver\\share\\a.xls', 'http://www.example.gov.cn/', site)).toBe('local-file');
    expect(wrongAddress('/news/1.html', 'http://www.example.gov.cn/news/1.html', site)).toBeUndefined();
  });

  it('recognises government hosts', () => {
    expect(isGovHost('http://www.beijing.gov.cn/')).toBe(true);
    expect(isGovHost('http://gov.cn.example.com/')).toBe(false);
  });
});
