import { resolve4, resolve6 } from 'node:dns/promises';
import { isIP } from 'node:net';

/** A and AAAA look-ups; injectable so tests map made-up names to 127.0.0.1 and ::1 without real DNS. */
export interface AddressResolver {
  resolve4(host: string): Promise<string[]>;
  resolve6(host: string): Promise<string[]>;
}

/** DNS proper (not /etc/hosts): inspectors ask whether the name has AAAA records. */
export const dnsResolver: AddressResolver = { resolve4, resolve6 };

export interface HostRecords {
  a: string[];
  aaaa: string[];
  /** A failure that says nothing about the records (server failure, timeout). */
  dnsError?: string;
}

// "No such record" and "no such name" are answers; anything else is a failed question.
const NO_RECORD = new Set(['ENODATA', 'ENOTFOUND', 'NOTFOUND', 'NODATA']);

/** Both record sets of a host; an IP literal answers for itself. */
export async function lookupHost(resolver: AddressResolver, host: string): Promise<HostRecords> {
  const bare = host.replace(/^\[|\]$/g, '');
  const literal = isIP(bare);
  if (literal) return { a: literal === 4 ? [bare] : [], aaaa: literal === 6 ? [bare] : [] };
  const errors: string[] = [];
  const ask = (question: Promise<string[]>) =>
    question.catch((error: { code?: string; message?: string }) => {
      if (!NO_RECORD.has(error.code ?? '')) errors.push(error.code ?? error.message ?? String(error));
      return [];
    });
  const [a, aaaa] = await Promise.all([ask(resolver.resolve4(bare)), ask(resolver.resolve6(bare))]);
  return { a, aaaa, ...(errors.length ? { dnsError: errors.join(', ') } : {}) };
}
