import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../../crawler/render/chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the Chrome extension the way `npm run build:ext` does, so `vitest run` works from a fresh clone.
 * `loopback: true` is the e2e build (wxt.config.ts): host access to 127.0.0.1 for link checks.
 */
export function buildExtension({ loopback, firefox = false }: { loopback: boolean; firefox?: boolean }): string {
  execFileSync('npx', ['wxt', 'build', ...(firefox ? ['-b', 'firefox', '--mv3'] : [])], {
    cwd: ROOT,
    stdio: 'pipe',
    env: { ...process.env, GOVCHECK_EXT_E2E: loopback ? '1' : '' },
  });
  return join(ROOT, loopback ? '.output/e2e' : '.output', firefox ? 'firefox-mv3' : 'chrome-mv3');
}

export interface ExtensionBrowser {
  browser: Browser;
  worker: WebWorker;
  extensionId: string;
}

/** Debian's Chromium with the unpacked extension (pipe + enableExtensions, TECH-NOTES §3). */
export async function launchWithExtension(path: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({
    executablePath: findChromium() ?? '/usr/bin/chromium',
    headless: true,
    pipe: true,
    enableExtensions: [path],
    args: [...CHROMIUM_FLAGS, '--lang=zh-CN'],
    defaultViewport: { width: 1000, height: 700 },
    // Chromium takes its UI language (and so the extension's locale) from the environment.
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' },
  });
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  return { browser, worker: (await sw.worker())!, extensionId: new URL(sw.url()).host };
}

/** The extension page Chromium opened by itself (the popup after a toolbar click, or the side panel). */
export async function openedExtensionPage(browser: Browser, file: string): Promise<Page> {
  const target = await browser.waitForTarget(
    (t) => t.url().startsWith('chrome-extension://') && t.url().endsWith(file),
  );
  return target.asPage();
}

/** The highlight boxes the content script drew inside its shadow root. */
export interface Mark {
  category: string;
  text?: string;
  report: boolean;
  hidden: boolean;
}

/** An element of the highlight layers (closed shadow roots, in the page and its frames). */
export interface OverlayElement {
  tag: string;
  classes: string[];
  attributes: Record<string, string>;
  text: string;
  /** Border box in the top page's viewport (CSS pixels); null when it has no box. */
  box: { x: number; y: number; width: number; height: number } | null;
}

interface CdpNode {
  nodeId: number;
  nodeName: string;
  nodeValue?: string;
  attributes?: string[];
  children?: CdpNode[];
  shadowRoots?: CdpNode[];
  contentDocument?: CdpNode;
}

const textOf = (n: CdpNode): string =>
  n.nodeName === '#text' ? (n.nodeValue ?? '') : (n.children ?? []).map(textOf).join('');

/**
 * Reads the highlight layers the way devtools does (the protocol sees into closed shadow roots and same-origin
 * frames; the page's own scripts cannot).
 */
export async function overlayElements(page: Page): Promise<OverlayElement[]> {
  const cdp = await page.createCDPSession();
  try {
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpNode };
    const found: CdpNode[] = [];
    const walk = (n: CdpNode, inLayer: boolean) => {
      if (inLayer && /^(DIV|SPAN|BUTTON)$/.test(n.nodeName)) found.push(n);
      const layer = inLayer || n.nodeName === 'GOVCHECK-HIGHLIGHTS';
      for (const c of [
        ...(n.children ?? []),
        ...(n.shadowRoots ?? []),
        ...(n.contentDocument ? [n.contentDocument] : []),
      ])
        walk(c, layer);
    };
    walk(root, false);
    return Promise.all(
      found.map(async (n) => {
        const list = n.attributes ?? [];
        const attributes = Object.fromEntries(list.flatMap((v, i) => (i % 2 ? [] : [[v, list[i + 1]]])));
        const model = await cdp.send('DOM.getBoxModel', { nodeId: n.nodeId }).catch(() => null);
        const quad = model?.model.border;
        return {
          tag: n.nodeName.toLowerCase(),
          classes: (attributes.class ?? '').split(/\s+/),
          attributes,
          text: textOf(n),
          box: quad ? { x: quad[0], y: quad[1], width: quad[2] - quad[0], height: quad[5] - quad[1] } : null,
        };
      }),
    );
  } finally {
    await cdp.detach();
  }
}

export const marksOnPage = async (page: Page): Promise<Mark[]> =>
  (await overlayElements(page))
    .filter((e) => e.classes.includes('mark'))
    .map((m) => ({
      category: m.attributes['data-category'],
      text: m.attributes['data-text'],
      report: m.classes.includes('report'),
      hidden: m.classes.includes('hidden-target'),
    }));
