import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';

/** Flags Debian's Chromium needs on a closed network (see TECH-NOTES): no sandbox as root, no phoning home. */
export const CHROMIUM_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-dev-shm-usage',
];

const CANDIDATES = ['/usr/bin/chromium', '/usr/lib/chromium/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

/** Path of a Chromium binary: $CHROME_PATH, else the first known install; undefined when none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

/** Starts headless Chromium; puppeteer-core is loaded here, on first use, so crawls without a browser never load it. */
export async function launchChromium(): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath) throw new Error('未找到 Chromium（请运行 npm run setup 或设置 CHROME_PATH） / Chromium not found (run npm run setup or set CHROME_PATH)');
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: CHROMIUM_FLAGS });
}
