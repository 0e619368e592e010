import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { variantsOf } from '../../shared/spam/variants.ts';
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

/**
 * Validators of a page fetched in full every run (the start page, whose snapshot classifies the site, and pages
 * also fetched as search engines, which may change for spiders alone): the body's hash together with every
 * visitor variant, so the page is reused only when people and spiders get what they got before. No ETag or
 * Last-Modified: a 304 to a conditional request would say nothing about the variants.
 */
export function withVariantsHash(validators: Omit<PageValidators, 'links'>, snapshot: PageSnapshot) {
  // The served HTML a rendered page keeps as its raw variant is in the body's hash already.
  const visitors = variantsOf(snapshot).filter((v) => v.label !== 'raw');
  return { hash: contentHash(validators.hash + JSON.stringify(visitors)) };
}
