import type { BrowserPool } from '../render/browser-pool.ts';
import type { BrowserRecheck } from './link-prober.ts';

/**
 * A second look at a link a firewall refused (401/403/429/999): a real Chromium tab opens it, as a visitor
 * would. What the browser got decides the verdict; a failure keeps the link "needs review".
 */
export function browserRecheck(pool: BrowserPool): BrowserRecheck {
  return (url) =>
    pool.withPage(async (page) => {
      try {
        const response = await page.goto(url, { waitUntil: 'domcontentloaded' });
        return { status: response?.status() ?? 0, title: await page.title() };
      } catch (error) {
        return { status: 0, error: (error as Error).message };
      }
    });
}
