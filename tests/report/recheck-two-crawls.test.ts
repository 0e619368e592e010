import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crawlSite } from '../../crawler/crawl/crawl.ts';
import { resolveOptions } from '../../crawler/config/options.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import type { Report } from '../../shared/model/report.ts';
import { diffReports } from '../../shared/report/diff.ts';

// A notice page with three unchanged problems: a typo, a dead link, an image without alt text (axe).
// Later versions add a banner, a paragraph and a list item above them, then correct the typo.
const ADDED_ABOVE =
  '<div class="banner"><img src="/banner.png" alt="县政府门户网站"></div>' +
  '<p>本栏目发布县政府各部门的通知公告。</p><ul><li>关于开展年度统计工作的通知</li></ul>';
const notice = (addedAbove: boolean, typo: boolean) => `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>通知公告</title></head><body><main>${addedAbove ? ADDED_ABOVE : ''}<h1>通知公告</h1>
<p>请各单位使用${typo ? '帐号' : '账号'}登录系统后填报统计数据。</p>
<p><a href="/gone.html">年度统计报告</a></p><img src="/logo.png"></main></body></html>`;
const HOME = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>首页</title></head><body><main>
<h1>首页</h1><p><a href="/notice.html">通知公告</a></p></main></body></html>`;
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4nGP4z8AAAAMBAQDJ/pLvAAAAAElFTkSuQmCC',
  'base64',
);

let version = { addedAbove: false, typo: true };
const server = createServer((req, res) => {
  const path = req.url ?? '/';
  if (path.endsWith('.png')) return void res.writeHead(200, { 'content-type': 'image/png' }).end(PNG);
  const body = path === '/' ? HOME : path === '/notice.html' ? notice(version.addedAbove, version.typo) : undefined;
  res.writeHead(body ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' }).end(body ?? '<p>页面不存在</p>');
});

describe.skipIf(!BrowserPool.available())('复核 over two crawls of a changed page', () => {
  let url: string;
  beforeAll(async () => {
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  });
  afterAll(() => void server.close());

  const crawl = (addedAbove: boolean, typo: boolean): Promise<Report> => {
    version = { addedAbove, typo };
    return crawlSite(
      resolveOptions({
        startUrl: url,
        render: 'always',
        renderTabs: 1,
        a11y: 'full',
        useSitemap: false,
        checks: ['link-broken', 'typo-confusion', 'a11y-axe'],
        retries: 0,
        asOf: '2026-11-20',
      }),
    );
  };

  it('keeps every problem 仍存在 when content is added above it; only the corrected typo is 已整改', async () => {
    const first = await crawl(false, true);
    const problems = (r: Report) =>
      r.findings.filter((f) => f.outcome === 'fail').map((f) => [f.checkId, f.target ?? f.text ?? f.axeRuleId]);
    expect(problems(first)).toEqual(
      expect.arrayContaining([
        ['link-broken', `${url}gone.html`],
        ['typo-confusion', '帐号'],
        ['a11y-axe', 'image-alt'],
      ]),
    );
    expect(first.pages.filter((p) => p.audited).map((p) => p.url)).toEqual([url, `${url}notice.html`]);

    const changed = await crawl(true, true);
    const locationOf = (r: Report, text: string) => r.findings.find((f) => f.text === text)?.location?.selector;
    expect(locationOf(changed, '帐号')).not.toBe(locationOf(first, '帐号'));
    const recheck = diffReports(changed, first);
    expect(recheck.counts).toEqual({ new: 0, open: first.findings.length, fixed: 0, unchecked: 0 });
    expect(changed.findings.map((f) => f.id).sort()).toEqual(first.findings.map((f) => f.id).sort());

    const corrected = await crawl(true, false);
    const fixed = diffReports(corrected, changed);
    expect(fixed.counts).toEqual({ new: 0, open: changed.findings.length - 1, fixed: 1, unchecked: 0 });
    expect(fixed.resolved.map((r) => [r.status, r.finding.text])).toEqual([['fixed', '帐号']]);
  });
});
