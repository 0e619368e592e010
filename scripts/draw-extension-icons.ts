/**
 * Draws the extension's toolbar and store icons (public/icon/16.png … 128.png) from one SVG with Debian's
 * Chromium: a red square (the colour of official seals) with a white magnifier over a gold check mark.
 * Run after changing the drawing: `npm run icons:ext`; the PNGs are committed.
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import puppeteer from 'puppeteer-core';
import { CHROMIUM_FLAGS, findChromium } from '../crawler/render/chromium.ts';

export const ICON_SIZES = [16, 32, 48, 128];

const ICON_SVG = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 128 128">
<rect x="4" y="4" width="120" height="120" rx="24" fill="#c62828"/>
<circle cx="54" cy="54" r="31" fill="none" stroke="#fff" stroke-width="12"/>
<line x1="77" y1="77" x2="106" y2="106" stroke="#fff" stroke-width="17" stroke-linecap="round"/>
<path d="M39 55 L50 66 L69 44" fill="none" stroke="#ffd54f" stroke-width="10"
  stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const out = resolve(import.meta.dirname, '../public/icon');
mkdirSync(out, { recursive: true });
const browser = await puppeteer.launch({
  executablePath: findChromium() ?? '/usr/bin/chromium',
  headless: true,
  args: [...CHROMIUM_FLAGS],
});
try {
  const page = await browser.newPage();
  for (const size of ICON_SIZES) {
    await page.setViewport({ width: size, height: size, deviceScaleFactor: 1 });
    const src = `data:image/svg+xml;base64,${Buffer.from(ICON_SVG).toString('base64')}`;
    const img = `<img src="${src}" width="${size}" height="${size}">`;
    await page.setContent(`<body style="margin:0;background:transparent">${img}</body>`);
    await page.screenshot({
      path: join(out, `${size}.png`) as `${string}.png`,
      omitBackground: true,
      clip: { x: 0, y: 0, width: size, height: size },
    });
  }
} finally {
  await browser.close();
}
console.log(`icons written to ${out}: ${ICON_SIZES.join(', ')} px`);
