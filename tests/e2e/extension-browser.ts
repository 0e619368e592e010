import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser, type Page, type WebWorker } from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../../crawler/render/chromium.ts';

export const ROOT = resolve(import.meta.dirname, '../..');

/**
 * Builds the Chrome extension the way `npm run build:ext` does, so `vitest run` works from a fresh clone.
 * `loopback: true` is the e2e build (wxt.config.ts): host access to 127.0.0.1 for link checks.
 */
export function buildExtension({ loopback }: { loopback: boolean }): string {
  execFileSync('npx', ['wxt', 'build'], { cwd: ROOT, stdio: 'pipe',
    env: { ...process.env, GOVCHECK_EXT_E2E: loopback ? '1' : '' } });
  return join(ROOT, loopback ? '.output/e2e/chrome-mv3' : '.output/chrome-mv3');
}

export interface ExtensionBrowser {
  browser: Browser;
  worker: WebWorker;
  extensionId: string;
}

/** Debian's Chromium with the unpacked extension (pipe + enableExtensions, TECH-NOTES §3). */
export async function launchWithExtension(path: string): Promise<ExtensionBrowser> {
  const browser = await puppeteer.launch({ executablePath: findChromium() ?? '/usr/bin/chromium', headless: true,
    pipe: true, enableExtensions: [path], args: [...CHROMIUM_FLAGS, '--lang=zh-CN'],
    defaultViewport: { width: 1000, height: 700 },
    // Chromium takes its UI language (and so the extension's locale) from the environment.
    env: { ...process.env, LANG: 'zh_CN.UTF-8', LANGUAGE: 'zh_CN' } });
  const sw = await browser.waitForTarget((t) => t.type() === 'service_worker' && t.url().endsWith('/background.js'));
  return { browser, worker: (await sw.worker())!, extensionId: new URL(sw.url()).host };
}

/** The extension page Chromium opened by itself (the popup after a toolbar click, or the side panel). */
export async function openedExtensionPage(browser: Browser, file: string): Promise<Page> {
  const target = await browser.waitForTarget((t) => t.url().startsWith('chrome-extension://') && t.url().endsWith(file));
  return target.asPage();
}

/** The highlight boxes the content script drew inside its shadow root. */
export interface Mark { category: string; text?: string; report: boolean; hidden: boolean }

export const marksOnPage = (page: Page) => page.evaluate(() => {
  const root = document.querySelector('govcheck-highlights')?.shadowRoot;
  return Array.from(root?.querySelectorAll<HTMLElement>('.mark') ?? []).map((m) =>
    ({ category: m.dataset.category!, text: m.dataset.text, report: m.classList.contains('report'),
      hidden: m.classList.contains('hidden-target') }));
}) as Promise<Mark[]>;
