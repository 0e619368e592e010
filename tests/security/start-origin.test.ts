import type { LookupFunction } from 'node:net';
import { describe, expect, it } from 'vitest';
import { AddressPolicy } from '../../crawler/fetch/address-policy.ts';

/** A resolver that answers every name with these addresses. */
const answering = (...addresses: string[]): LookupFunction =>
  ((_host: string, _options: unknown, callback: (err: null, list: { address: string; family: number }[]) => void) => {
    callback(
      null,
      addresses.map((address) => ({ address, family: address.includes(':') ? 6 : 4 })),
    );
  }) as unknown as LookupFunction;

describe('the start origin is exempt only when the user started on an intranet address', () => {
  it('exempts a private literal start, and only its own origin', () => {
    const policy = new AddressPolicy({ startUrl: 'http://127.0.0.1:8080/' });
    expect(policy.exempts('http:', '127.0.0.1', '8080')).toBe(true);
    expect(policy.exempts('http:', '127.0.0.1', '8081')).toBe(false);
    expect(policy.exempts('https:', '127.0.0.1', '8080')).toBe(false);
  });

  it('exempts a name whose every address is private (an intranet portal)', async () => {
    const policy = new AddressPolicy({ startUrl: 'http://oa.county.local/' });
    await policy.prepare(answering('10.2.3.4'));
    expect(policy.exempts('http:', 'oa.county.local', '80')).toBe(true);
  });

  it('does not exempt a public site whose name turns private later (DNS rebinding)', async () => {
    const policy = new AddressPolicy({ startUrl: 'https://www.example.gov.cn/' });
    await policy.prepare(answering('203.0.113.7', '127.0.0.1'));
    expect(policy.exempts('https:', 'www.example.gov.cn', '443')).toBe(false);
  });

  it('exempts what --allow-private names: a host on any port, or one origin', () => {
    const policy = new AddressPolicy({
      startUrl: 'https://www.example.gov.cn/',
      allowPrivate: ['intra.lan', '0x7f000001:9000'],
    });
    expect(policy.exempts('http:', 'intra.lan', '8443')).toBe(true);
    expect(policy.exempts('http:', '127.0.0.1', '9000')).toBe(true);
    expect(policy.exempts('http:', '127.0.0.1', '9001')).toBe(false);
  });
});
