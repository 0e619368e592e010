import { describe, expect, it } from 'vitest';
import { addressKind, isNonPublicIp, parseIpAddress } from '../../shared/links/addresses.ts';

const kindOf = (text: string) => addressKind(parseIpAddress(text)!);

describe('address policy on parsed IP bytes', () => {
  it('reads every spelling of one address as the same bytes', () => {
    const loopback = [...parseIpAddress('127.0.0.1')!];
    for (const spelling of ['0x7f000001', '2130706433', '0177.0.0.1', '127.1', '0x7f.1', '127.0.0.1.']) {
      expect([...parseIpAddress(spelling)!], spelling).toEqual(loopback);
    }
    expect([...parseIpAddress('[::ffff:7f00:1]')!]).toEqual([...parseIpAddress('::ffff:127.0.0.1')!]);
    expect(parseIpAddress('fe80::1%eth0')?.length).toBe(16);
  });

  it('refuses loopback, RFC 1918, link-local, CGNAT, unspecified, ULA and their IPv6-embedded forms', () => {
    const cases: [string, string][] = [
      ['127.0.0.1', 'loopback'],
      ['0x7f000001', 'loopback'],
      ['::1', 'loopback'],
      ['[::ffff:7f00:1]', 'loopback'],
      ['10.0.0.1', 'private'],
      ['[::ffff:a00:1]', 'private'],
      ['172.16.5.4', 'private'],
      ['192.168.1.1', 'private'],
      ['169.254.169.254', 'link-local'],
      ['fe80::1', 'link-local'],
      ['100.64.0.1', 'cgnat'],
      ['100.127.255.255', 'cgnat'],
      ['0.0.0.0', 'unspecified'],
      ['[::]', 'unspecified'],
      ['fd00::1', 'ula'],
      ['fc12:3456::1', 'ula'],
      ['64:ff9b::7f00:1', 'loopback'],
      ['64:ff9b::a9fe:a9fe', 'link-local'],
      ['64:ff9b:1::c0a8:1', 'private'],
      ['2002:7f00:1::', 'loopback'],
      ['::127.0.0.1', 'loopback'],
      ['224.0.0.1', 'multicast'],
      ['255.255.255.255', 'reserved'],
    ];
    for (const [text, kind] of cases) {
      expect(kindOf(text), text).toBe(kind);
      expect(isNonPublicIp(text), text).toBe(true);
    }
  });

  it('lets public addresses and names through (names are judged after DNS)', () => {
    for (const text of [
      '8.8.8.8',
      '100.63.255.255',
      '100.128.0.1',
      '172.32.0.1',
      '2400:3200::1',
      '64:ff9b::808:808',
      '[2001:db8::1]',
      'www.gov.cn',
      '169.254.169.254.nip.io',
    ]) {
      expect(isNonPublicIp(text), text).toBe(false);
    }
  });

  it('rejects what is no IP literal', () => {
    for (const text of ['256.0.0.1', '1.2.3.4.5', '1::2::3', '12345::', 'gg::1', '::ffff:300.0.0.1', '']) {
      expect(parseIpAddress(text), text).toBeUndefined();
    }
  });
});
