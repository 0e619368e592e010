import { isPrivateHost } from '@/shared/links/addresses.ts';

/**
 * The extension probes from the webmaster's own machine, often inside an office network, and cannot resolve
 * names before a request (no DNS API). So it decides on the address as written: a link to a loopback, private
 * or link-local address, or to an intranet name, is probed only from a page that is itself on such an
 * address (an intranet portal being checked). Otherwise a hacked page could use the extension to map the
 * office network (link-wrong already reports such links as 错链 without any request).
 */
export function probeRefused(target: URL, pageUrl: string | undefined): boolean {
  if (!isPrivateHost(target.hostname)) return false;
  try {
    return !pageUrl || !isPrivateHost(new URL(pageUrl).hostname);
  } catch {
    return true;
  }
}
