import type { Browser, HTTPResponse, Page, Target } from 'puppeteer-core';
import { findChromium, launchChromium } from './chromium.ts';
import type { A11yAudit } from '../../shared/a11y/audit-types.ts';
import type { AxeRunSettings } from '../../shared/a11y/run-axe.ts';
import { prepareA11y, runA11yPass } from './a11y-pass.ts';
import { MARK_HIDDEN_SCRIPT } from './mark-hidden.ts';
import { GuardProxy } from './guard-proxy.ts';
import { ResourceCache } from './resource-cache.ts';
import { TabRouter, type CrawlNetwork, type FetchedDocument } from './tab-router.ts';

export interface RenderResult {
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  /** Serialised DOM after scripts ran, hidden elements marked. */
  html: string;
  /** The accessibility pass, when render was asked for `{ axe }` and it ran. */
  a11y?: A11yAudit;
  /** Why the accessibility pass failed (the render itself still succeeded). */
  a11yError?: string;
  /** What the page asked for on intranet/loopback addresses: refused by the address policy, never sent. */
  refusedRequests?: string[];
}

export interface RenderOptions {
  /** Run axe-core (zh_CN) and the text/pop-up measurements on the rendered page; settings narrow the rules. */
  axe?: boolean | AxeRunSettings;
  /** Where evidence screenshots go (the report's evidence folder); needs `axe`. */
  evidenceDir?: string;
  /** The page as the crawl fetched it: the tab is given these bytes instead of fetching them (needs `network`). */
  document?: FetchedDocument;
}

const SETTLE_LIMIT_MS = 5_000;
// A page's window.open and target=_blank never open anything (no popup loads, so none can reach anywhere).
const POOL_FLAGS = ['--block-new-web-contents'];
// Asked for by pages, refused without a prompt: nothing a check needs, all of it a hostile page might want.
const DENIED_PERMISSIONS = [
  'geolocation',
  'notifications',
  'camera',
  'microphone',
  'clipboard-read',
  'clipboard-write',
  'midi',
  'background-sync',
  'idle-detection',
  'window-management',
  'local-fonts',
  'storage-access',
];

export interface BrowserPoolOptions {
  /** Tabs rendering at once (2 saturate a 2-core machine). */
  tabs: number;
  timeoutMs: number;
  userAgent: string;
  /** The crawl's HTTP client and limiter: when set, every request of a tab is under them (see TabRouter). */
  network?: Omit<CrawlNetwork, 'holdLimitMs'>;
}

/**
 * Debian's Chromium through puppeteer-core, launched on first use, relaunched when it dies. Other modules
 * (accessibility, cloaking) borrow tabs through `withPage`.
 */
export class BrowserPool {
  private browser?: Promise<Browser>;
  private active = 0;
  private readonly waiting: (() => void)[] = [];
  /** Render tabs kept open between renders, and those with axe-core registered. */
  private readonly spareTabs: Page[] = [];
  private readonly axeTabs = new WeakSet<Page>();
  private readonly routers = new WeakMap<Page, TabRouter>();
  private readonly resources = new ResourceCache();
  /** Under the address policy, whatever Chromium sends itself leaves through this proxy (started with the browser). */
  private proxy?: Promise<GuardProxy>;
  /** Routers of the pages rendering now: a refusal the proxy saw belongs to one of them. */
  private readonly rendering = new Set<TabRouter>();

  constructor(private readonly options: BrowserPoolOptions) {}

  static available(): boolean {
    return findChromium() !== undefined;
  }

  async withPage<T>(task: (page: Page) => Promise<T>): Promise<T> {
    return this.inSlot(async () => {
      // Borrowed tabs act as a visitor's browser: their navigations leave from Chromium itself.
      const page = await this.newTab(true);
      try {
        return await task(page);
      } finally {
        await page.close().catch(() => undefined);
      }
    });
  }

  render(url: string, options: RenderOptions = {}): Promise<RenderResult> {
    return this.withRenderTab(Boolean(options.axe), async (page) => {
      const router = this.routers.get(page);
      // What the last render left unasked is dropped; this page's own bytes wait for its navigation.
      router?.forgetAll();
      if (options.document) router?.serve(options.document);
      if (router) this.rendering.add(router);
      let response: HTTPResponse | null;
      try {
        response = await page.goto(url, { waitUntil: 'load', timeout: this.options.timeoutMs });
        await this.settle(page);
      } finally {
        if (router) this.rendering.delete(router);
      }
      const a11y = options.axe ? await this.a11yPass(page, options) : {};
      await page.evaluate(MARK_HIDDEN_SCRIPT);
      const refused = router?.refusedRequests() ?? [];
      return {
        finalUrl: page.url(),
        status: response?.status() ?? 0,
        headers: response?.headers() ?? {},
        html: await page.content(),
        ...a11y,
        ...(refused.length ? { refusedRequests: refused } : {}),
      };
    });
  }

  /**
   * A page that moves on during the audit (meta refresh, script redirect) is audited again once where it
   * landed, which is what a visitor sees; a failing audit must not lose the render.
   */
  private async a11yPass(page: Page, options: RenderOptions): Promise<Pick<RenderResult, 'a11y' | 'a11yError'>> {
    const settings = typeof options.axe === 'object' ? options.axe : {};
    const audit = () => runA11yPass(page, { settings, evidenceDir: options.evidenceDir });
    try {
      return { a11y: await audit() };
    } catch {
      await this.settle(page);
      try {
        return { a11y: await audit() };
      } catch (error) {
        return { a11yError: (error as Error).message };
      }
    }
  }

  /** Like networkidle2 (≤ 2 requests in flight) with a 200 ms quiet window; a page that never goes quiet
   * (polling, streams) is taken as it is after SETTLE_LIMIT_MS instead of failing. */
  private settle(page: Page): Promise<void> {
    return page.waitForNetworkIdle({ idleTime: 200, concurrency: 2, timeout: SETTLE_LIMIT_MS }).catch(() => undefined);
  }

  private async inSlot<T>(work: () => Promise<T>): Promise<T> {
    if (this.active >= this.options.tabs) await new Promise<void>((r) => this.waiting.push(r));
    this.active++;
    try {
      return await work();
    } finally {
      this.active--;
      this.waiting.shift()?.();
    }
  }

  private async newTab(browserNavigations: boolean): Promise<Page> {
    const page = await (await this.getBrowser()).newPage();
    page.setDefaultTimeout(this.options.timeoutMs);
    await page.setUserAgent(this.options.userAgent);
    // alert()/confirm() would stall the page until it times out.
    page.on('dialog', (dialog) => void dialog.dismiss().catch(() => undefined));
    const network = this.options.network;
    if (network) {
      this.routers.set(
        page,
        await TabRouter.attach(
          page,
          { ...network, holdLimitMs: this.options.timeoutMs },
          { browserNavigations, cache: this.resources },
        ),
      );
    }
    return page;
  }

  /**
   * Renders reuse their tabs (unlike withPage): opening a tab and re-sending axe-core's 650 KB for every page
   * cost more than the audit itself on small pages. A tab that failed is closed, never reused.
   */
  private withRenderTab<T>(axe: boolean, task: (page: Page) => Promise<T>): Promise<T> {
    return this.inSlot(async () => {
      const live = this.spareTabs.filter((p) => !p.isClosed());
      let page = live.find((p) => this.axeTabs.has(p) === axe) ?? live[0];
      page ??= await this.newTab(false);
      this.spareTabs.splice(0, this.spareTabs.length, ...live.filter((p) => p !== page));
      if (axe && !this.axeTabs.has(page)) {
        await prepareA11y(page);
        this.axeTabs.add(page);
      }
      try {
        const result = await task(page);
        this.spareTabs.push(page);
        return result;
      } catch (error) {
        await page.close().catch(() => undefined);
        throw error;
      }
    });
  }

  async close(): Promise<void> {
    this.spareTabs.length = 0;
    const browser = this.browser;
    this.browser = undefined;
    if (browser) await (await browser.catch(() => undefined))?.close().catch(() => undefined);
    const proxy = this.proxy;
    this.proxy = undefined;
    await (await proxy?.catch(() => undefined))?.close();
  }

  /** The guard proxy's flags when the pool renders under an address policy (started once, kept across relaunches). */
  private async proxyFlags(): Promise<string[]> {
    const network = this.options.network;
    if (!network?.policy) return [];
    this.proxy ??= GuardProxy.start({
      policy: network.policy,
      ...(network.ownSite ? { ownSite: network.ownSite } : {}),
      onRefused: (url) => this.rendering.forEach((router) => router.noteRefused(url)),
    });
    return (await this.proxy).chromiumFlags;
  }

  private getBrowser(): Promise<Browser> {
    if (!this.browser) {
      this.browser = this.proxyFlags()
        .then((flags) => launchChromium([...POOL_FLAGS, ...flags]))
        .then(lockDown);
      // A crashed or killed browser is relaunched on the next request instead of failing the crawl.
      void this.browser.then(
        (b) =>
          b.on('disconnected', () => {
            this.browser = undefined;
            this.spareTabs.length = 0;
          }),
        () => {
          this.browser = undefined;
        },
      );
    }
    return this.browser;
  }
}

/**
 * What a rendered page may do beyond showing itself: no downloads (a page's file never lands on the inspector's
 * disk), no permissions, and any window that opens anyway is closed at once.
 */
async function lockDown(browser: Browser): Promise<Browser> {
  const session = await browser.target().createCDPSession();
  await session.send('Browser.setDownloadBehavior', { behavior: 'deny' });
  for (const name of DENIED_PERMISSIONS) {
    await session.send('Browser.setPermission', { permission: { name }, setting: 'denied' }).catch(() => undefined);
  }
  browser.on('targetcreated', (target: Target) => {
    if (target.type() === 'page' && target.opener())
      void target
        .page()
        .then((p) => p?.close())
        .catch(() => undefined);
  });
  return browser;
}
