import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../shared/checks/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { withRawVariant } from '../../crawler/cloaking/fetch-variants.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import { snapshotFromHtml } from '../../crawler/page/snapshot-from-html.ts';

/**
 * Script cloaking as the re-hosted spam sites of ../shared/bench/real-gov/hacked do it: a script in <head> writes a
 * fake IIS 404 page and stops loading. Rendered, the page is an error page; its served HTML holds the article.
 */
const CLOAKER = readFileSync(join(import.meta.dirname, '../checks/spam/fixtures/fake-404-cloaker.js'), 'utf8');
const ARTICLE = `<h1>关于切实做好2017年创业贷款贴息工作的通知</h1>${
  '<p>各乡镇人力资源和社会保障服务中心、县直有关单位：' +
  '为进一步做好创业担保贷款贴息工作，切实减轻创业者负担，根据省、市有关文件精神，现将有关事项通知如下。</p>'.repeat(4)
}`;
const FARM =
  '<div style="display:none;"><a href="https://www.cptz.net/">实战彩票网</a>' +
  '<a href="https://www.zikaobyz.com/">自考毕业证</a><a href="https://www.seo007.cn/">网络营销专家</a></div>';
const page = (script: string, farm = '') =>
  `<!doctype html><html><head><meta charset="utf-8">` +
  `<title>创业贷款贴息工作的通知</title>${script}</head><body>${ARTICLE}${farm}</body></html>`;
const PAGES: Record<string, [string, string]> = {
  '/cloaked.html': ['text/html; charset=utf-8', page('<script src="/js/kb.js"></script>')],
  '/plain.html': ['text/html; charset=utf-8', page('<script src="/js/menu.js"></script>')],
  '/cloaked-farm.html': ['text/html; charset=utf-8', page('<script src="/js/kb.js"></script>', FARM)],
  '/js/kb.js': ['application/javascript', CLOAKER],
  '/js/menu.js': ['application/javascript', 'document.title = document.title;'],
};

let server: Server;
let base: string;
const pool = new BrowserPool({ tabs: 1, timeoutMs: 20_000, userAgent: 'govcheck-test' });

beforeAll(async () => {
  server = createServer((req, res) => {
    const [type, body] = PAGES[req.url ?? ''] ?? ['text/plain', 'not found'];
    res.writeHead(PAGES[req.url ?? ''] ? 200 : 404, { 'content-type': type });
    res.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await pool.close();
  await new Promise((resolve) => server.close(resolve));
});

/** The page as the crawler checks a rendered page: rendered snapshot, served HTML as the raw variant. */
async function renderAndCheck(path: string): Promise<Finding[]> {
  const url = `${base}${path}`;
  const html = PAGES[path][1];
  const raw = snapshotFromHtml({
    url,
    finalUrl: url,
    status: 200,
    headers: {},
    contentType: 'text/html',
    charset: 'utf-8',
    html,
    rendered: false,
  });
  const rendered = await pool.render(url);
  const snapshot = withRawVariant(snapshotFromHtml({ ...raw, html: rendered.html, rendered: true }), raw);
  const engine = new CheckEngine({
    checks: CHECKS.filter((c) => c.category === 'spam'),
    siteUrl: base,
    asOf: '2024-03-01',
    profiles: [],
    capabilities: { rendered: true, network: false },
  });
  return engine.checkPage(snapshot);
}

describe.skipIf(!BrowserPool.available())('script cloaking: rendered page against served HTML', () => {
  it('reports a fake 404 written by script over an article as one veto with its evidence', async () => {
    const findings = await renderAndCheck('/cloaked.html');
    expect(findings.map((f) => [f.checkId, f.messageId, f.severity])).toEqual([
      ['spam-cloaking', 'script-cloaking', 'veto'],
    ]);
    const [cloaking] = findings;
    expect(cloaking.data.rendered).toContain('无法找到该网页');
    expect(cloaking.data.servedChars).toBeGreaterThan(200);
    expect(cloaking.data.vetoEvidence).toMatch(/浏览器运行脚本后显示“无法找到该网页.*源代码却含 \d+ 字正文/);
  });

  it('still reports the hidden link farm of the served HTML that the script took off the rendered page', async () => {
    const findings = await renderAndCheck('/cloaked-farm.html');
    expect(findings.map((f) => [f.checkId, f.messageId]).sort()).toEqual([
      ['spam-cloaking', 'script-cloaking'],
      ['spam-link', 'hidden'],
    ]);
    const farm = findings.find((f) => f.checkId === 'spam-link')!;
    expect([farm.count, farm.data.hiddenHow]).toEqual([3, 'display:none']);
  });

  it('leaves a page whose script does not replace it alone', async () => {
    expect(await renderAndCheck('/plain.html')).toEqual([]);
  });
});
