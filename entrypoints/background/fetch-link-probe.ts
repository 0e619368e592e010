import type { LinkProbe, ProbeResult } from '@/shared/checks/link-probe.ts';
import { PerHostQueue } from './per-host-queue.ts';

/** Requests in flight per host: the crawler's default (`--concurrency`, crawler/config/options.ts). */
export const PROBES_PER_HOST = 4;

export interface FetchProbeOptions {
  perHost: number;
  timeoutMs: number;
  /** Whether the extension may fetch this URL's host (an optional host permission the webmaster granted). */
  mayFetch: (url: URL) => Promise<boolean>;
  fetch?: typeof fetch;
}

// Servers that refuse HEAD answer these; the link may still work with GET.
const RETRY_WITH_GET = new Set([403, 404, 405, 501]);

/**
 * The extension's network capability: the background's fetch, limited per host, HEAD first, GET when HEAD is refused.
 */
export function createFetchLinkProbe(options: FetchProbeOptions): LinkProbe {
  const queue = new PerHostQueue(options.perHost);
  const doFetch = options.fetch ?? ((input, init) => fetch(input, init));

  const request = async (url: string, method: 'HEAD' | 'GET'): Promise<Response> => {
    const controller = new AbortController();
    const timer = setTimeout(() => controller.abort(), options.timeoutMs);
    try {
      const response = await doFetch(url, {
        method,
        redirect: 'follow',
        credentials: 'omit',
        signal: controller.signal,
      });
      // The body is not needed; cancelling frees the connection for the next probe.
      await response.body?.cancel().catch(() => undefined);
      return response;
    } finally {
      clearTimeout(timer);
    }
  };

  const probeOnce = async (url: string): Promise<ProbeResult> => {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      return { url, status: 0, finalUrl: url, redirects: [url], error: 'bad-url' };
    }
    if (!/^https?:$/.test(parsed.protocol))
      return { url, status: 0, finalUrl: url, redirects: [url], error: 'unsupported-scheme' };
    if (!(await options.mayFetch(parsed))) {
      return { url, status: 0, finalUrl: url, redirects: [url], skipped: 'no-host-permission' };
    }
    return queue.run(parsed.host, async () => {
      try {
        let response = await request(url, 'HEAD');
        if (RETRY_WITH_GET.has(response.status)) response = await request(url, 'GET');
        const finalUrl = response.url || url;
        return {
          url,
          status: response.status,
          finalUrl,
          redirects: finalUrl === url ? [url] : [url, finalUrl],
          contentType: response.headers.get('content-type') ?? undefined,
        };
      } catch (error) {
        const timedOut = error instanceof DOMException && error.name === 'AbortError';
        return {
          url,
          status: 0,
          finalUrl: url,
          redirects: [url],
          error: timedOut ? 'timeout' : 'other',
          errorMessage: error instanceof Error ? error.message : String(error),
        };
      }
    });
  };

  // No cache here: a fixed link must show as fixed at the next 检查本页 (the inspector asks once per target and run).
  // Answers carry no body, so the site's soft-404 fingerprint is not asked for.
  return { probe: probeOnce, bodiless: true };
}
