import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import type { LookupFunction } from 'node:net';
import { buildConnector } from 'undici';
import { isNonPublicIp, parseIpAddress } from '../../shared/links/addresses.ts';

/** The code a refused connection fails with (classifyError turns it into the probe error 'private-address'). */
export const PRIVATE_ADDRESS_CODE = 'ERR_GOVCHECK_PRIVATE_ADDRESS';

/** A connection the address policy refused: nothing was sent to `address`. */
export class PrivateAddressError extends Error {
  readonly code = PRIVATE_ADDRESS_CODE;

  constructor(
    readonly host: string,
    readonly address: string,
  ) {
    super(
      host === address
        ? `refused: ${host} is an intranet/loopback address`
        : `refused: ${host} resolves to the intranet/loopback address ${address}`,
    );
  }
}

export interface AddressPolicyOptions {
  /** The user chose to start here: its own origin may be a private address (an intranet portal, a test site). */
  startUrl: string;
  /** Hosts (`name`, any port) or origins (`name:port`) that may be private addresses: --allow-private. */
  allowPrivate?: readonly string[];
}

type LookupAll = (err: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void;

const unbracket = (host: string) => host.replace(/^\[(.*)\]$/, '$1').toLowerCase();
const defaultPort = (protocol: string) => (protocol === 'https:' ? '443' : '80');

/**
 * One rule for every connection a crawl makes: no loopback, private, link-local, CGNAT, ULA … address (any
 * spelling, after DNS, so redirects and DNS rebinding are covered), except for the start URL's own origin and
 * hosts the user allowed. Enforced where undici connects (`connector`); Chromium's own requests are checked
 * by `refusal` before they are let go.
 */
export class AddressPolicy {
  private readonly startOrigin: string;
  /**
   * The user started on an intranet address (a private IP literal, or a name with only private addresses,
   * see `prepare`): only then is the start origin exempt. A public site whose name later resolves to 127.0.0.1
   * (DNS rebinding) is not.
   */
  private startExempt: boolean;
  private readonly hosts = new Set<string>();
  private readonly origins = new Set<string>();

  constructor(options: AddressPolicyOptions) {
    const start = new URL(options.startUrl);
    this.startOrigin = start.origin;
    this.startExempt = isNonPublicIp(start.hostname);
    for (const entry of options.allowPrivate ?? []) {
      const parsed = parseAllowed(entry);
      if (parsed?.port) this.origins.add(`${parsed.host}:${parsed.port}`);
      else if (parsed) this.hosts.add(parsed.host);
    }
  }

  /** Resolves the start host once, before the crawl: a name whose every address is private is an intranet site. */
  async prepare(lookup: LookupFunction = dnsLookup as LookupFunction): Promise<void> {
    const host = unbracket(new URL(this.startOrigin).hostname);
    if (this.startExempt || parseIpAddress(host)) return;
    const addresses = await new Promise<LookupAddress[]>((resolve) => {
      const done: LookupAll = (err, list) => resolve(err ? [] : list);
      lookup(host, { all: true }, done as unknown as Parameters<LookupFunction>[2]);
    });
    this.startExempt = addresses.length > 0 && addresses.every((a) => isNonPublicIp(a.address));
  }

  /** May a connection to this destination go to a private address? */
  exempts(protocol: string, hostname: string, port: string | number): boolean {
    const host = unbracket(hostname);
    const portText = String(port || defaultPort(protocol));
    if (this.hosts.has(host) || this.origins.has(`${host}:${portText}`)) return true;
    try {
      const bracketed = host.includes(':') ? `[${host}]` : host;
      return this.startExempt && new URL(`${protocol}//${bracketed}:${portText}`).origin === this.startOrigin;
    } catch {
      return false;
    }
  }

  /** Wraps a lookup: private answers are dropped, and the lookup fails when none is left. */
  guardLookup(lookup: LookupFunction = dnsLookup as LookupFunction): LookupFunction {
    return (hostname, options, callback) => {
      const all: LookupAll = (err, addresses) => {
        if (err) return (callback as unknown as LookupAll)(err, []);
        const allowed = addresses.filter((a) => !isNonPublicIp(a.address));
        if (!allowed.length)
          return callback(new PrivateAddressError(hostname, addresses[0]?.address ?? hostname), '', 4);
        if (options.all) return (callback as unknown as LookupAll)(null, allowed);
        return callback(null, allowed[0]!.address, allowed[0]!.family);
      };
      lookup(hostname, { ...options, all: true }, all as unknown as Parameters<LookupFunction>[2]);
    };
  }

  /** An undici connector that applies the policy to the host and to every address DNS gives for it. */
  connector(options: buildConnector.BuildOptions & { lookup?: LookupFunction }): buildConnector.connector {
    const open = buildConnector(options);
    const guarded = buildConnector({ ...options, lookup: this.guardLookup(options.lookup) });
    return (target, callback) => {
      if (this.exempts(target.protocol, target.hostname, target.port)) return open(target, callback);
      // Node connects to an IP literal without any lookup: the literal itself is judged here.
      if (isNonPublicIp(target.hostname))
        return callback(new PrivateAddressError(target.hostname, target.hostname), null);
      return guarded(target, callback);
    };
  }

  /**
   * Why a request Chromium sends itself must not go (its connections are out of undici's reach): the host
   * is a private literal or resolves to one. Undefined when it may go.
   */
  async refusal(url: string, lookup: LookupFunction = dnsLookup as LookupFunction): Promise<string | undefined> {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return undefined;
    }
    if (!/^(https?|wss?):$/.test(parsed.protocol)) return undefined;
    const protocol = parsed.protocol.replace(/^ws/, 'http');
    if (this.exempts(protocol, parsed.hostname, parsed.port)) return undefined;
    const host = unbracket(parsed.hostname);
    if (parseIpAddress(host)) return isNonPublicIp(host) ? new PrivateAddressError(host, host).message : undefined;
    return new Promise((resolve) => {
      this.guardLookup(lookup)(host, { all: true }, (err) =>
        resolve(err instanceof PrivateAddressError ? err.message : undefined),
      );
    });
  }
}

/** `host` or `host:port` as the user wrote it, normalised as URLs normalise hosts (0x7f000001 → 127.0.0.1). */
function parseAllowed(entry: string): { host: string; port: string } | undefined {
  try {
    const url = new URL(/^[a-z]+:\/\//i.test(entry) ? entry : `http://${entry}`);
    const explicitPort = /:\d+\/?$/.test(entry.replace(/^[a-z]+:\/\//i, '').replace(/\/.*$/, ''))
      ? url.port || defaultPort(url.protocol)
      : '';
    return { host: unbracket(url.hostname), port: explicitPort };
  } catch {
    return undefined;
  }
}
