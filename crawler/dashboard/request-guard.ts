import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

const WILDCARD = new Set(['0.0.0.0', '::', '']);

/**
 * Host names a request may address. Bound to loopback, only loopback names: a DNS-rebinding page whose name
 * resolves to 127.0.0.1 still sends its own name and is refused. Bound to a wildcard on purpose, any.
 */
export function hostAllowed(req: IncomingMessage, bound: string, port: number): boolean {
  if (WILDCARD.has(bound)) return true;
  const names = new Set([bound, 'localhost', '127.0.0.1', '[::1]', bound.includes(':') ? `[${bound}]` : bound]);
  const host = req.headers.host ?? '';
  return [...names].some((n) => host === `${n}:${port}`);
}

/** A cross-site form post carries the other site's Origin; the browser's own pages send ours (or none). */
export function sameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  return origin === undefined || origin === `http://${req.headers.host}`;
}

export function tokenMatches(given: string | undefined | null, token: string): boolean {
  const a = Buffer.from(given ?? '');
  const b = Buffer.from(token);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A small urlencoded form body; anything larger than `limit` bytes is refused. */
export async function readForm(req: IncomingMessage, limit = 4096): Promise<URLSearchParams | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > limit) return undefined;
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
