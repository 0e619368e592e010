import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { failedVariant, variantOf, withVariants, type PageVariant } from '../../shared/spam/variants.ts';
import type { HttpClient } from '../fetch/http-client.ts';
import { snapshotFromResponse } from '../page/snapshot-from-html.ts';
import { VISITOR_PROFILES, type VisitorProfile } from './profiles.ts';

/** Fetches the page once as one visitor and keeps what the cloaking comparison needs. */
export async function fetchVariant(client: HttpClient, url: string, profile: VisitorProfile): Promise<PageVariant> {
  const res = await client.fetch(url, 'full', profile.headers(url));
  if (res.error) return failedVariant(profile.label, `${res.error}: ${res.errorMessage ?? ''}`.trim());
  const { snapshot } = snapshotFromResponse(url, res);
  return variantOf(profile.label, snapshot);
}

/**
 * The page as every visitor profile gets it (browser, Baiduspider, Sogou, 360Spider, Googlebot, from a Baidu
 * result). Requests go through the crawl's HttpClient, so host politeness limits apply.
 */
export function fetchVisitorVariants(
  client: HttpClient,
  url: string,
  profiles: readonly VisitorProfile[] = VISITOR_PROFILES,
): Promise<PageVariant[]> {
  return Promise.all(profiles.map((p) => fetchVariant(client, url, p)));
}

/** The snapshot with every visitor variant attached, ready for the spam-cloaking check. */
export async function withVisitorVariants(client: HttpClient, snapshot: PageSnapshot): Promise<PageSnapshot> {
  return withVariants(snapshot, await fetchVisitorVariants(client, snapshot.url));
}

/** A rendered snapshot with its raw (served) HTML attached, so spam-link can tell which links script added. */
export function withRawVariant(rendered: PageSnapshot, raw: PageSnapshot): PageSnapshot {
  return withVariants(rendered, [variantOf('raw', raw)]);
}
