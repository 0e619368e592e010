import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from './chromium.ts';
import { MARK_HIDDEN_SCRIPT } from './mark-hidden.ts';

export interface RenderResult {
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** Serialised DOM after scripts ran, hidden elements marked. */
  html: string;
}

export interface BrowserPoolOptions {
  /** Tabs rendering at once (2 saturate a 2-core machine). */
  tabs: number;
  timeoutMs: number;
  userAgent: string;
}

/**
 * Debian's Chromium through puppeteer-core, launched on first use, relaunched when it dies. Other modules
 * (accessibility, cloaking) borrow tabs through `withPage`.
 */
export class BrowserPool {
  private browser?: Promise<Browser>;
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly options: BrowserPoolOptions) {}

  static available(): boolean {
    return findChromium() !== undefined;
  }

  async withPage<T>(task: (page: Page) => Promise<T>): Promise<T> {
    if (this.active >= this.options.tabs) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    let page: Page | undefined;
    try {
      page = await (await this.getBrowser()).newPage();
      page.setDefaultTimeout(this.options.timeoutMs);
      await page.setUserAgent(this.options.userAgent);
      return await task(page);
    } finally {
      await page?.close().catch(() => undefined);
      this.active--;
      this.waiting.shift()?.();
    }
  }

  render(url: string): Promise<RenderResult> {
    return this.withPage(async (page) => {
      const response = await page.goto(url, { waitUntil: 'networkidle2', timeout: this.options.timeoutMs });
      await page.evaluate(MARK_HIDDEN_SCRIPT);
      return {
        finalUrl: page.url(),
        status: response?.status() ?? 0,
        headers: response?.headers() ?? {},
        html: await page.content(),
      };
    });
  }

  async close(): Promise<void> {
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
  }

  private getBrowser(): Promise<Browser> {
    if (!this.browser) {
      const executablePath = findChromium();
      if (!executablePath) throw new Error('未找到 Chromium（请运行 npm run setup 或设置 CHROME_PATH） / Chromium not found');
      this.browser = puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
      // A crashed or killed browser is relaunched on the next request instead of failing the crawl.
      void this.browser.then((b) => b.on('disconnected', () => { this.browser = undefined; }), () => { this.browser = undefined; });
    }
    return this.browser;
  }
}
