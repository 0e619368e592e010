import { existsSync } from 'node:fs';
import type { Browser } from 'puppeteer-core';

// Chromium's sandbox cannot start as root; anyone else keeps it (a hostile page then meets two walls).
const AS_ROOT = process.getuid?.() === 0;

/**
 * Flags Debian's Chromium needs on a closed network (see TECH-NOTES): no phoning home, no WebRTC connections
 * of a page's own, and the sandbox off only as root.
 */
export const CHROMIUM_FLAGS = [
  ...(AS_ROOT ? ['--no-sandbox'] : []),
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
];

const CANDIDATES = [
  '/usr/bin/chromium',
  '/usr/lib/chromium/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

/** Path of a Chromium binary: $CHROME_PATH, else the first known install; undefined when none. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROME_PATH;
  if (fromEnv) return fromEnv;
  return CANDIDATES.find((p) => existsSync(p));
}

let rootWarned = false;

/** Says once per process that rendering runs without Chromium's sandbox, and what to do about it. */
function warnIfRoot(): void {
  if (!AS_ROOT || rootWarned) return;
  rootWarned = true;
  process.stderr.write(
    '注意：以 root 身份运行，Chromium 沙箱已关闭；建议以普通用户运行 govcheck（见 docs/security.md）\n' +
      "Note: running as root, so Chromium's sandbox is off; run govcheck as a normal user (see docs/security.md)\n",
  );
}

/** Starts headless Chromium; puppeteer-core is loaded here, on first use, so crawls without a browser never load it. */
export async function launchChromium(extraArgs: readonly string[] = []): Promise<Browser> {
  const executablePath = findChromium();
  if (!executablePath)
    throw new Error(
      '未找到 Chromium（请运行 npm run setup 或设置 CHROME_PATH） / Chromium not found (run npm run setup or set ' +
        'CHROME_PATH)',
    );
  warnIfRoot();
  const { default: puppeteer } = await import('puppeteer-core');
  return puppeteer.launch({ executablePath, headless: true, args: [...CHROMIUM_FLAGS, ...extraArgs] });
}
