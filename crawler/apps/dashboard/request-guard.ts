import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { addressKind, parseIpAddress } from '../../../shared/links/addresses.ts';

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

/**
 * A request another site's page made the browser send (a link, an image, a form): Sec-Fetch-Site says so in
 * every current browser, Origin in the rest. Downloads (each one a report render) and re-crawls refuse them.
 */
export function crossSite(req: IncomingMessage): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site !== undefined && site !== 'same-origin' && site !== 'none') return true;
  return !sameOrigin(req);
}

/** Bound to a loopback address, only this machine's users can reach the dashboard. */
export function isLoopbackBind(host: string): boolean {
  const bytes = parseIpAddress(host);
  return host === 'localhost' || (bytes !== undefined && addressKind(bytes) === 'loopback');
}

export const AUTH_COOKIE = 'govcheck_token';

export interface Credentials {
  token: string;
  /** When set, HTTP Basic authentication with this password (any user name) is accepted too. */
  password?: string;
}

/**
 * Who may read the dashboard when it is bound off loopback: a request carrying the start-up token (the
 * printed link's ?token=, then its cookie, or the X-Govcheck-Token header), or the configured password.
 */
export function authorized(req: IncomingMessage, url: URL, credentials: Credentials): boolean {
  const cookie = /(?:^|;\s*)govcheck_token=([^;]*)/.exec(req.headers.cookie ?? '')?.[1];
  const header = req.headers['x-govcheck-token'];
  const offered = [url.searchParams.get('token'), cookie, typeof header === 'string' ? header : undefined];
  if (offered.some((t) => t && tokenMatches(t, credentials.token))) return true;
  const basic = /^Basic\s+(\S+)$/i.exec(req.headers.authorization ?? '')?.[1];
  if (!credentials.password || !basic) return false;
  const decoded = Buffer.from(basic, 'base64').toString('utf8');
  return tokenMatches(decoded.slice(decoded.indexOf(':') + 1), credentials.password);
}
