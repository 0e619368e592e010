import robotsParser from 'robots-parser';
import type { HttpClient } from '../fetch/http-client.ts';

type Robots = ReturnType<typeof robotsParser>;

/** robots.txt per origin, fetched once; a missing or unreadable file allows everything. */
export class RobotsCache {
  private readonly cache = new Map<string, Promise<Robots | undefined>>();

  constructor(
    private readonly client: HttpClient,
    private readonly userAgent: string,
  ) {}

  async isAllowed(url: string): Promise<boolean> {
    const robots = await this.forOrigin(new URL(url).origin);
    return robots?.isAllowed(url, this.userAgent) ?? true;
  }

  async sitemaps(origin: string): Promise<string[]> {
    return (await this.forOrigin(origin))?.getSitemaps() ?? [];
  }

  /** Crawl-delay the site asks of us, in ms. */
  async crawlDelayMs(origin: string): Promise<number | undefined> {
    const delay = (await this.forOrigin(origin))?.getCrawlDelay(this.userAgent);
    return delay === undefined ? undefined : delay * 1000;
  }

  private forOrigin(origin: string): Promise<Robots | undefined> {
    let entry = this.cache.get(origin);
    if (!entry) {
      const robotsUrl = `${origin}/robots.txt`;
      entry = this.client.fetch(robotsUrl, 'full').then((res) => {
        if (res.error || res.status !== 200 || !res.body) return undefined;
        return robotsParser(robotsUrl, new TextDecoder().decode(res.body));
      });
      this.cache.set(origin, entry);
    }
    return entry;
  }
}
