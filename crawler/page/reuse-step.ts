import type { HttpResponse } from '../fetch/http-client.ts';
import { contentHash, type PageValidators } from '../store/page-validators.ts';

export interface ReuseDecision {
  /** The server answered 304, or the bytes hash as in the previous run: the stored results stand. */
  unchanged: boolean;
  /** What the next run's conditional request and comparison need (complete 2xx responses only). */
  validators?: Omit<PageValidators, 'links'>;
}

/** Incremental re-crawl: compares a response with the previous run's validators of the same URL. */
export function compareWithPrevious(res: HttpResponse, previous: PageValidators | undefined): ReuseDecision {
  const fetched = !res.error && res.status >= 200 && res.status < 300 && !res.truncated;
  const hash = fetched ? contentHash(res.body ?? new Uint8Array()) : undefined;
  if (previous && (res.status === 304 || hash === previous.hash)) return { unchanged: true };
  if (hash === undefined) return { unchanged: false };
  return {
    unchanged: false,
    validators: {
      ...(res.headers.etag ? { etag: res.headers.etag } : {}),
      ...(res.headers['last-modified'] ? { lastModified: res.headers['last-modified'] } : {}),
      hash,
    },
  };
}
