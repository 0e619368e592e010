import type { FetchedDocument } from './tab-router.ts';

// What a template shares between its pages; documents, XHR answers and the like change, these rarely do.
const CACHEABLE = new Set(['stylesheet', 'script', 'image', 'font']);

/**
 * Style sheets, scripts, images and fonts the tabs fetched, kept for the rest of the crawl (least recently
 * used first out), so a site's template is asked for once, not once per rendered page: fulfilled requests
 * never reach Chromium's own cache. Tabs asking at the same time share one fetch. Only 200 answers are
 * kept, never `no-store` ones.
 */
export class ResourceCache {
  private readonly entries = new Map<string, Promise<FetchedDocument | undefined>>();
  private readonly sizes = new Map<string, number>();
  private bytes = 0;

  constructor(
    private readonly maxBytes = 64 * 1024 * 1024,
    private readonly maxEntryBytes = 4 * 1024 * 1024,
  ) {}

  /** The kept answer for `url`, or what `load` gets (kept when it may be). */
  async through(url: string, resourceType: string, load: () => Promise<FetchedDocument>): Promise<FetchedDocument> {
    if (!CACHEABLE.has(resourceType)) return load();
    const known = this.entries.get(url);
    if (known) {
      const hit = await known;
      if (!hit) return load();
      this.entries.delete(url);
      this.entries.set(url, known);
      return hit;
    }
    const loading = load();
    const kept = loading.then(
      (response) => (this.keeps(response) ? response : undefined),
      () => undefined,
    );
    this.entries.set(url, kept);
    void kept.then((response) => (response ? this.account(url, response.body.length) : this.entries.delete(url)));
    return loading;
  }

  private keeps(response: FetchedDocument): boolean {
    return (
      response.status === 200 &&
      response.body.length <= this.maxEntryBytes &&
      !/no-store/i.test(response.headers['cache-control'] ?? '')
    );
  }

  private account(url: string, size: number): void {
    this.sizes.set(url, size);
    this.bytes += size;
    for (const oldest of this.entries.keys()) {
      if (this.bytes <= this.maxBytes) break;
      const old = this.sizes.get(oldest);
      if (old === undefined) continue; // still loading
      this.entries.delete(oldest);
      this.sizes.delete(oldest);
      this.bytes -= old;
    }
  }
}
