import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension, launchWithExtension, marksOnPage } from './extension-browser.ts';

/**
 * 一搬 (一般) and 下讲 (下降) are mined two-character pairs: dictionary mode leaves them alone, only jieba's
 * segmentation confirms them. 布署 (部署) is curated, so dictionary mode reports it too.
 */
const pageHtml = (title: string) => `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${title}</title></head>
<body><h1>${title}</h1>
<p id="trend">今年全县粮食产量下讲百分之三，各乡镇要查找原因。</p>
<p id="rule">各部门要一搬按照规定办理，认真布署，不得推诿。</p>
</body></html>`;
const TITLES: Record<string, string> = {
  '/': '关于粮食生产情况的通报',
  '/strict-csp.html': '关于粮食生产情况的再次通报',
};
/** A site policy without 'wasm-unsafe-eval': Chromium applies it to WebAssembly in content scripts too. */
const STRICT_CSP = "default-src 'self'; script-src 'self'";

let server: Server;
let origin: string;
let browser: Browser;
let page: Page;
let panel: Page;
const warnings: string[] = [];

beforeAll(async () => {
  const extension = buildExtension({ loopback: true });
  server = createServer((req, res) => {
    res.writeHead(200, {
      'content-type': 'text/html; charset=utf-8',
      ...(req.url === '/strict-csp.html' ? { 'content-security-policy': STRICT_CSP } : {}),
    });
    res.end(pageHtml(TITLES[req.url ?? '/'] ?? '未知页面'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  let extensionId: string;
  ({ browser, extensionId } = await launchWithExtension(extension));
  page = await browser.newPage();
  page.on('console', (m) => {
    if (m.type() === 'warn') warnings.push(m.text());
  });
  panel = await browser.newPage();
  await panel.goto(`chrome-extension://${extensionId}/sidepanel.html`);
});

afterAll(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** Opens a page in the inspected tab and runs 检查本页 from the panel: the finding messages and the typo marks. */
async function inspect(path: string) {
  await page.goto(origin + path, { waitUntil: 'load' });
  await page.bringToFront();
  await panel.$eval('button.inspect', (b) => (b as HTMLElement).click());
  // The panel sits in a background tab, where only mutation polling runs.
  await panel.waitForFunction(
    (title) => document.querySelector('.page-results')?.textContent?.includes(title),
    { polling: 'mutation' },
    TITLES[path],
  );
  const messages = await panel.$$eval('.page-results li.finding .message', (ls) => ls.map((l) => l.textContent ?? ''));
  const typos = (await marksOnPage(page)).filter((m) => m.category === 'typo').map((m) => m.text);
  return { messages, typos };
}

const reports = (messages: string[], wrong: string, right: string) =>
  messages.some((m) => m.includes(wrong) && m.includes(right));

describe('extension word segmentation (jieba-wasm) in Chromium', () => {
  it('检查本页 loads jieba-wasm and reports typos that only segmentation confirms', async () => {
    const { messages, typos } = await inspect('/');
    expect(reports(messages, '一搬', '一般')).toBe(true);
    expect(reports(messages, '下讲', '下降')).toBe(true);
    expect(typos).toEqual(expect.arrayContaining(['一搬', '下讲', '布署']));
    expect(warnings).toEqual([]);
  });

  it('hands the typo checks to the background where the page’s CSP forbids WebAssembly', async () => {
    const { messages, typos } = await inspect('/strict-csp.html');
    expect(warnings.some((w) => w.includes('jieba-wasm could not load'))).toBe(true);
    expect(reports(messages, '一搬', '一般')).toBe(true);
    expect(reports(messages, '布署', '部署')).toBe(true);
    expect(typos).toEqual(expect.arrayContaining(['一搬', '下讲', '布署']));
  });
});
