import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHECKS } from '../../shared/checks/index.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import { describeHiddenStyle, styleFactsOf } from '../../shared/snapshot/hidden.ts';
import { scriptAddedLinks } from '../../shared/spam/variants.ts';
import { withRawVariant } from '../../crawler/cloaking/fetch-variants.ts';
import { decodeHtml } from '../../crawler/fetch/charset.ts';
import { BrowserPool } from '../../crawler/render/browser-pool.ts';
import { snapshotFromHtml } from '../../crawler/page/snapshot-from-html.ts';
import { pageHtml, serveFixtures, testClient, type FixtureServer } from '../checks/spam/serve.ts';

/** Hiding that only computed styles reveal (classes from a style sheet) and links that only script writes. */
const PAGE = pageHtml(
  `
  <h1>关于做好春季森林防火工作的通知</h1><p>各乡镇人民政府、县直各单位：现将有关事项通知如下。</p>
  <div class="fl-a"><a id="off" href="http://www.amxpj8888.cc/">澳门新葡京娱乐城</a></div>
  <div class="fl-b"><a id="color" href="http://www.js-casino.top/">金沙娱乐官网</a></div>
  <div class="fl-c"><a id="indent" href="http://bet365-cp.vip/">皇冠体育投注</a></div>
  <div id="later"></div>
  <div id="later-text"></div>
  <script>document.getElementById('later').innerHTML = '<a href="http://news.example.org/a">投注</a>';
    document.getElementById('later-text').textContent = '时时彩计划 北京赛车开奖直播';</script>`,
  `<title>通知</title><style>.fl-a{position:absolute;left:-10000px}.fl-b,.fl-b a{color:#fff;background:#fff}
   .fl-c{text-indent:-9999px;overflow:hidden}</style>`,
);

let server: FixtureServer;
const client = testClient();
const pool = new BrowserPool({ tabs: 1, timeoutMs: 20_000, userAgent: 'govcheck-test' });

beforeAll(async () => {
  server = await serveFixtures((req) => (req.url === '/page.html' ? PAGE : undefined));
});
afterAll(async () => {
  await pool.close();
  await server.close();
  await client.close();
});

describe.skipIf(!BrowserPool.available())('hidden links on the rendered page, raw HTML compared', () => {
  it('finds stylesheet-hidden links and the link only script wrote', async () => {
    const url = `${server.url}/page.html`;
    const res = await client.fetch(url, 'full');
    const raw = snapshotFromHtml({
      url,
      finalUrl: url,
      status: 200,
      headers: res.headers,
      contentType: 'text/html',
      charset: 'utf-8',
      html: decodeHtml(res.body!).text,
      rendered: false,
    });
    const rendered = await pool.render(url);
    const page = withRawVariant(snapshotFromHtml({ ...raw, html: rendered.html, rendered: true }), raw);
    expect([...scriptAddedLinks(page)]).toEqual(['http://news.example.org/a']);

    const engine = new CheckEngine({
      checks: CHECKS.filter((c) => c.category === 'spam'),
      siteUrl: server.url,
      asOf: '2024-03-01',
      profiles: [],
      capabilities: { rendered: true, network: false },
      debug: true,
    });
    const links = (await engine.checkPage(page)).filter((f: Finding) => f.checkId === 'spam-link');
    const how = Object.fromEntries(links.map((f) => [f.target, f.data.hiddenHow]));
    expect(how).toEqual({
      'http://www.amxpj8888.cc/': 'off-screen',
      'http://www.js-casino.top/': 'same-color',
      'http://bet365-cp.vip/': 'text-indent',
      'http://news.example.org/a': 'added-by-script',
    });
    const scripted = links.find((f) => f.target === 'http://news.example.org/a')!;
    expect(scripted).toMatchObject({ messageId: 'hidden', severity: 'veto' });
    expect(scripted.data.visibleTo).toEqual(['browser']);

    const text = (await engine.checkPage(page)).find(
      (f) => f.checkId === 'spam-text' && f.location?.selector === 'div#later-text',
    );
    expect(text?.data).toMatchObject({ hiddenHow: 'added-by-script', visibleTo: ['browser'] });

    // The raw HTML alone knows none of the style-sheet hiding: the same links count as visible there.
    const rawLinks = (await engine.checkPage(raw)).filter((f) => f.checkId === 'spam-link');
    expect(rawLinks.every((f) => f.data.hiddenHow === 'none')).toBe(true);
  });

  it('judges computed styles per element: real background, overridable inherited properties', async () => {
    const marks = await pool.withPage(async (page) => {
      await page.setContent(`<style>.gone{transform:translateX(-9999px)} .clipped{clip-path:inset(50%)}
        .banner{background:url(data:image/gif;base64,R0lGODlhAQABAAAAACw=) #036;color:#fff}</style>
        <p id="white" style="color:#fff">白色文字</p>
        <div class="banner"><span id="on-image">县人民政府</span></div>
        <ul id="gapless" style="font-size:0"><li id="item" style="font-size:14px;display:inline-block">栏目</li></ul>
        <div id="hidden-box" style="visibility:hidden">隐藏<span id="shown" style="visibility:visible">可见</span></div>
        <div id="gone" class="gone">移走</div><div id="clipped" class="clipped">裁掉</div>`);
      return page.evaluate(`(() => {
        const __name = (f) => f;
        const styleFactsOf = ${styleFactsOf.toString()};
        const describeHiddenStyle = ${describeHiddenStyle.toString()};
        const out = {};
        for (const el of document.querySelectorAll('[id]')) out[el.id] = describeHiddenStyle(styleFactsOf(el)) ?? null;
        return out;
      })()`);
    });
    expect(marks).toEqual({
      white: 'same-color',
      'on-image': null,
      gapless: null,
      item: null,
      'hidden-box': 'visibility:hidden',
      shown: null,
      gone: 'transform',
      clipped: 'clip',
    });
  });
});
