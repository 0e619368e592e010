/**
 * Addresses: which IPs a public inspector must never be steered to (decided on the parsed bytes, so every
 * spelling of one address gets one answer), and 错链 by address alone: links a public site's visitors can
 * never open (intranet, loopback, local files), and government domains. Pure functions, no DNS: the crawler
 * applies `isNonPublicIp` to every address it is about to connect to; the extension to IP literals.
 */

export type AddressKind =
  | 'public'
  | 'loopback'
  | 'private'
  | 'link-local'
  | 'cgnat'
  | 'unspecified'
  | 'ula'
  | 'multicast'
  | 'reserved';

/**
 * The 4 or 16 bytes of an IP literal, or undefined for anything else. IPv4 takes every form inet_aton and
 * URL parsers accept (0x7f000001, 2130706433, 0177.1, 127.1), IPv6 every RFC 4291 form, brackets and zone ids.
 */
export function parseIpAddress(text: string): Uint8Array | undefined {
  const host = text
    .trim()
    .replace(/^\[(.*)\]$/, '$1')
    .replace(/%.*$/, '');
  return host.includes(':') ? parseIpv6(host) : parseIpv4(host);
}

function parseIpv4(host: string): Uint8Array | undefined {
  const parts = host.replace(/\.$/, '').split('.');
  if (parts.length > 4 || parts.some((p) => !p)) return undefined;
  const numbers: number[] = [];
  for (const part of parts) {
    const n = /^0x[0-9a-f]*$/i.test(part)
      ? Number.parseInt(part.slice(2) || '0', 16)
      : /^0[0-7]+$/.test(part)
        ? Number.parseInt(part, 8)
        : /^\d+$/.test(part)
          ? Number(part)
          : Number.NaN;
    if (!Number.isFinite(n)) return undefined;
    numbers.push(n);
  }
  // The last part fills the remaining bytes (127.1 = 127.0.0.1, 2130706433 = 127.0.0.1).
  const last = numbers.pop()!;
  if (numbers.some((n) => n > 255) || last >= 256 ** (4 - numbers.length)) return undefined;
  const bytes = new Uint8Array(4);
  numbers.forEach((n, i) => (bytes[i] = n));
  for (let i = 3, rest = last; i >= numbers.length; i--, rest = Math.floor(rest / 256)) bytes[i] = rest % 256;
  return bytes;
}

function parseIpv6(host: string): Uint8Array | undefined {
  let text = host.toLowerCase();
  // A trailing dotted IPv4 (::ffff:127.0.0.1) is two groups.
  const dotted = /^(.*:)([^:]*\.[^:]*)$/.exec(text);
  if (dotted) {
    const v4 = /^\d{1,3}(\.\d{1,3}){3}$/.test(dotted[2]!) ? parseIpv4(dotted[2]!) : undefined;
    if (!v4) return undefined;
    text = `${dotted[1]}${((v4[0]! << 8) | v4[1]!).toString(16)}:${((v4[2]! << 8) | v4[3]!).toString(16)}`;
  }
  const halves = text.split('::');
  if (halves.length > 2) return undefined;
  const groups = (s: string) => (s ? s.split(':') : []);
  const head = groups(halves[0]!);
  const tail = halves.length === 2 ? groups(halves[1]!) : [];
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const all = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill('0'), ...tail];
  const bytes = new Uint8Array(16);
  for (const [i, group] of all.entries()) {
    if (!/^[0-9a-f]{1,4}$/.test(group)) return undefined;
    const n = Number.parseInt(group, 16);
    bytes[2 * i] = n >> 8;
    bytes[2 * i + 1] = n & 0xff;
  }
  return bytes;
}

const startsWith = (bytes: Uint8Array, prefix: number[]) => prefix.every((b, i) => bytes[i] === b);
const zeros = (bytes: Uint8Array, from: number, to: number) => bytes.subarray(from, to).every((b) => b === 0);

/** What kind of address these bytes are; IPv6 forms that carry an IPv4 address are judged by that address. */
export function addressKind(bytes: Uint8Array): AddressKind {
  return bytes.length === 4 ? ipv4Kind(bytes) : ipv6Kind(bytes);
}

function ipv4Kind([a, b, c]: Uint8Array): AddressKind {
  if (a === 0) return 'unspecified';
  if (a === 127) return 'loopback';
  if (a === 10 || (a === 172 && b! >= 16 && b! <= 31) || (a === 192 && b === 168)) return 'private';
  if (a === 169 && b === 254) return 'link-local';
  if (a === 100 && b! >= 64 && b! <= 127) return 'cgnat';
  if (a! >= 224 && a! <= 239) return 'multicast';
  // 192.0.0/24 (IETF), 198.18/15 (benchmarking), 240/4 and broadcast.
  if ((a === 192 && b === 0 && c === 0) || (a === 198 && (b === 18 || b === 19)) || a! >= 240) return 'reserved';
  return 'public';
}

function ipv6Kind(bytes: Uint8Array): AddressKind {
  const v4At = (offset: number) => ipv4Kind(bytes.subarray(offset, offset + 4));
  if (zeros(bytes, 0, 16)) return 'unspecified';
  if (zeros(bytes, 0, 15) && bytes[15] === 1) return 'loopback';
  // ::ffff:a.b.c.d (mapped), ::a.b.c.d (compatible), 64:ff9b::/96 and 64:ff9b:1::/48 (NAT64), 2002::/16 (6to4).
  if (zeros(bytes, 0, 10) && ((bytes[10] === 0xff && bytes[11] === 0xff) || zeros(bytes, 10, 12))) return v4At(12);
  if (startsWith(bytes, [0, 0x64, 0xff, 0x9b]) && (zeros(bytes, 4, 12) || startsWith(bytes.subarray(4), [0, 1]))) {
    return v4At(12);
  }
  if (startsWith(bytes, [0x20, 0x02])) return v4At(2);
  if ((bytes[0]! & 0xfe) === 0xfc) return 'ula';
  if (bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0x80) return 'link-local';
  // fec0::/10, the deprecated site-local range, still routes inside some networks.
  if (bytes[0] === 0xfe && (bytes[1]! & 0xc0) === 0xc0) return 'private';
  if (bytes[0] === 0xff) return 'multicast';
  return 'public';
}

/**
 * True when `text` is an IP literal (any spelling) that is not a public unicast address: loopback, RFC 1918,
 * link-local, CGNAT, unspecified, ULA, multicast, reserved, and IPv4-mapped/NAT64/6to4 forms of those.
 * False for host names (resolve them first) and for public addresses.
 */
export function isNonPublicIp(text: string): boolean {
  const bytes = parseIpAddress(text);
  return bytes !== undefined && addressKind(bytes) !== 'public';
}

const INTRANET_NAME = /^(localhost|[^.]+|.*\.(localhost|local|lan|intranet|internal|corp|home|localdomain))$/i;

// A site's pages name the same few hosts thousands of times: each is judged once (bounded for hostile pages).
const privateHosts = new Map<string, boolean>();
const PRIVATE_HOSTS_KEPT = 10_000;

/** True for non-public IPs in any spelling, and single-label or intranet-suffixed names. */
export function isPrivateHost(hostname: string): boolean {
  let known = privateHosts.get(hostname);
  if (known === undefined) {
    if (privateHosts.size >= PRIVATE_HOSTS_KEPT) privateHosts.clear();
    const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
    known = parseIpAddress(host) ? isNonPublicIp(host) : INTRANET_NAME.test(host);
    privateHosts.set(hostname, known);
  }
  return known;
}

export type WrongAddress = 'private-address' | 'local-file';

/**
 * Why a link's address is wrong on this site, if it is: intranet/loopback targets on a site that is itself
 * public, and file:// or Windows drive/share paths anywhere.
 */
export function wrongAddress(raw: string, url: string, siteUrl: string): WrongAddress | undefined {
  if (/^\s*(file:|[a-z]:[\\/]|\\\\)/i.test(raw)) return 'local-file';
  const site = siteFacts(siteUrl);
  let known = site.urls.get(url);
  if (known === undefined) {
    // Each link of a page is judged by several checks, and a template's links on every page: once per URL.
    if (site.urls.size >= URLS_KEPT) site.urls.clear();
    known = wrongUrl(url, site.private) ?? null;
    site.urls.set(url, known);
  }
  return known ?? undefined;
}

function wrongUrl(url: string, privateSite: boolean): WrongAddress | undefined {
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return 'local-file';
    if (!/^https?:$/.test(parsed.protocol)) return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  return isPrivateHost(host) && !privateSite ? 'private-address' : undefined;
}

const URLS_KEPT = 20_000;
let site: { url: string; private: boolean; urls: Map<string, WrongAddress | null> } | undefined;

/** Whether the site itself is on an intranet (then its intranet links are no error), and its judged URLs. */
function siteFacts(siteUrl: string): NonNullable<typeof site> {
  if (site?.url !== siteUrl)
    site = { url: siteUrl, private: isPrivateHost(new URL(siteUrl).hostname), urls: new Map() };
  return site;
}

/** *.gov.cn and the Chinese .政务 suffix (国办发〔2017〕47号). */
export function isGovHost(url: string): boolean {
  try {
    return /(^|\.)gov\.cn$|\.政务$|\.xn--zfr164b$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
