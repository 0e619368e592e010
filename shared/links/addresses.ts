/**
 * 错链 by address alone: links a public site's visitors can never open (intranet, loopback, local files),
 * and government domains. Pure string checks, no DNS.
 */

const PRIVATE_V4 = [/^10\./, /^127\./, /^192\.168\./, /^172\.(1[6-9]|2\d|3[01])\./, /^169\.254\./, /^0\./];
const INTRANET_NAME = /^(localhost|[^.]+|.*\.(local|lan|intranet|internal|corp|home|localdomain))$/i;

/** True for loopback, private and link-local IPs and single-label or intranet-suffixed names. */
export function isPrivateHost(hostname: string): boolean {
  const host = hostname.toLowerCase().replace(/^\[|\]$/g, '');
  if (/^[\d.]+$/.test(host)) return PRIVATE_V4.some((re) => re.test(host));
  if (host.includes(':')) return host === '::1' || /^f[cd]/.test(host) || /^fe80:/.test(host) || /^::ffff:(10|127|192\.168)\./.test(host);
  return INTRANET_NAME.test(host);
}

export type WrongAddress = 'private-address' | 'local-file';

/**
 * Why a link's address is wrong on this site, if it is: intranet/loopback targets on a site that is itself
 * public, and file:// or Windows drive/share paths anywhere.
 */
export function wrongAddress(raw: string, url: string, siteUrl: string): WrongAddress | undefined {
  if (/^\s*(file:|[a-z]:[\\/]|\\\\)/i.test(raw)) return 'local-file';
  let host: string;
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'file:') return 'local-file';
    if (!/^https?:$/.test(parsed.protocol)) return undefined;
    host = parsed.hostname;
  } catch {
    return undefined;
  }
  return isPrivateHost(host) && !isPrivateHost(new URL(siteUrl).hostname) ? 'private-address' : undefined;
}

/** *.gov.cn and the Chinese .政务 suffix (国办发〔2017〕47号). */
export function isGovHost(url: string): boolean {
  try {
    return /(^|\.)gov\.cn$|\.政务$|\.xn--zfr164b$/i.test(new URL(url).hostname);
  } catch {
    return false;
  }
}
