import { describe, expect, it } from 'vitest';
import { GOOD_FOOTER } from './county-site.ts';
import { runSite, summary, type SitePage } from './run-site.ts';

const run = (pages: Record<string, SitePage>) => runSite(pages, { asOf: '2024-06-01', checks: ['site-info'] });
const nav: [string, string][] = [['首页', '/']];

describe('site-info: footer items and home-page entries', () => {
  it('accepts a complete, well-formed footer on every page', async () => {
    const { findings } = await run({
      '/': { title: '平安县人民政府', nav, depth: 0 },
      '/a/': { title: '通知公告', nav, depth: 1 },
    });
    expect(summary(findings)).toEqual([]);
  });

  it('reports each missing or malformed item once, with the pages it is on', async () => {
    const bad =
      `<p>主办：平安县人民政府办公室 网站标识码：12345</p><p>蜀ICP备12345678号</p>
      <p><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51012302000123">` +
      `川公网安备 51012302000123号</a></p>
      <p><img src="https://dcs.conac.cn/image/red_error.png" alt="党政机关"></p>`;
    const oldJiucuo = GOOD_FOOTER.replace('zfwzgl.www.gov.cn', '121.43.68.40').replace(
      'site_code=5101230001',
      'site_code=5101230009',
    );
    const { findings } = await run({
      '/': { title: '平安县人民政府', nav, depth: 0, footer: bad },
      '/a/': { title: '通知公告', nav, depth: 1, footer: bad },
      '/b/': { title: '政策文件', nav, depth: 1, footer: oldJiucuo.replace('主办单位：平安县人民政府办公室', '') },
      '/c/': { title: '机构职能', nav, depth: 1, footer: '<p>版权所有</p>' },
    });
    expect(summary(findings)).toEqual([
      'site-info bad-site-code  / minor fail',
      'site-info conac-error  / major fail',
      'site-info icp-link  / minor fail',
      'site-info missing-conac  /c/ minor fail',
      'site-info missing-host  /b/ minor fail',
      'site-info missing-icp  /c/ minor fail',
      'site-info missing-jiucuo  / minor fail',
      'site-info missing-police  /c/ minor fail',
      'site-info missing-site-code  /c/ minor fail',
      'site-info old-jiucuo  /b/ minor fail',
      'site-info police-link  / minor fail',
      'site-info site-code-mismatch  /b/ minor fail',
    ]);
    const by = (id: string) => findings.find((f) => f.messageId === id)!;
    expect(by('bad-site-code')).toMatchObject({
      text: '12345',
      data: { pageCount: 2, pages: ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/a/'] },
    });
    expect(by('bad-site-code').message.zh).toBe('网站标识码“12345”格式不正确（应为10位数字或bm加8位数字）');
    expect(by('icp-link').message.zh).toContain('没有链接');
    expect(by('police-link').message.zh).toContain('旧地址');
    expect(by('site-code-mismatch').message.zh).toBe(
      '网站标识码不一致：页面为“5101230001”，“找错”链接的 site_code为“5101230009”',
    );
  });

  it('names the same page for a problem whatever order the pages finished in (stable finding ids)', async () => {
    const home: SitePage = { title: '平安县人民政府', nav, depth: 0 };
    const bare: SitePage = { title: '栏目', nav, depth: 1, footer: '<p>版权所有</p>' };
    const first = await run({ '/': home, '/x/': bare, '/b/': bare });
    const second = await run({ '/': home, '/b/': bare, '/x/': bare });
    const icp = (r: typeof first) => r.findings.find((f) => f.messageId === 'missing-icp')!;
    expect(icp(first).url).toBe('http://127.0.0.1:8080/b/');
    expect(icp(second)).toEqual(icp(first));
  });

  it('reports a home page without search', async () => {
    const home = { title: '平安县人民政府', nav, depth: 0 };
    const { findings } = await run({ '/': { ...home, html: undefined, body: '' } });
    expect(summary(findings)).toEqual([]);
    const withoutSearch = (await import('./county-site.ts')).countyPage(home).replace(/<form[\s\S]*?<\/form>/, '');
    const result = await run({ '/': { ...home, html: withoutSearch } });
    expect(summary(result.findings)).toEqual(['site-info missing-search  / major fail']);
  });

  it('rejects malformed filing numbers', async () => {
    const footer = GOOD_FOOTER.replace('蜀ICP备12345678号-1', 'ICP备案号：待定').replace(
      '川公网安备 51012302000123号',
      '川公网安备 5101号',
    );
    const { findings } = await run({ '/': { title: '首页', nav, depth: 0, footer } });
    expect(summary(findings)).toEqual(['site-info bad-icp  / minor fail', 'site-info bad-police  / minor fail']);
    expect(findings.map((f) => f.text).sort()).toEqual(['ICP备案号：待定', '川公网安备5101号']);
  });

  // Footers as real government pages write them (issue 20): items in script tags, image alts, inline scripts.
  const realFooter = (items: string) =>
    `<p>主办：吉林省人民政府办公厅 网站标识码：2200000001</p>${items}
    <p><a href="https://beian.mps.gov.cn/#/query/webSearch?code=22010202000123">吉公网安备 22010202000123号</a></p>
    <script type="text/javascript" id="_ideConac" ` +
    `src="https://dcs.conac.cn/js/07/000/0000/60429971/CA070000000604299710003.js"></script>`;

  it('reads the 找错 script tag, a plain-text ICP number and a full-width one in an image alt', async () => {
    const jiucuo =
      '<script id="_jiucuo_" sitecode="2200000001" src="https://zfwzgl.www.gov.cn/exposure/jiucuo.js"></script>';
    const icpLink = '<a href="https://beian.miit.gov.cn/">吉ICP备05001602号</a>';
    const icpText = `<p>版权所有：吉林省人民政府 ${icpLink}</p>${jiucuo}`;
    const icpAlt = `<a href="https://beian.miit.gov.cn/"><img src="/icp.png" alt="吉ＩＣＰ备05001602号"></a>${jiucuo}`;
    for (const items of [icpText, icpAlt]) {
      const { findings } = await run({ '/': { title: '吉林省人民政府', nav, depth: 0, footer: realFooter(items) } });
      expect(summary(findings)).toEqual([]);
    }
    const mismatch = await run({
      '/': {
        title: '吉林省人民政府',
        nav,
        depth: 0,
        footer: realFooter(icpText.replace('sitecode="2200000001"', 'sitecode="2200000009"')),
      },
    });
    expect(summary(mismatch.findings)).toEqual(['site-info site-code-mismatch  / minor fail']);
  });

  it('ends a filing number at its 号 when the next item follows without a space', async () => {
    const footer =
      `<p>主办：山西省人民政府办公厅</p><p><a href="https://beian.miit.gov.cn/">晋ICP备12000773号</a>
      <a href="https://beian.mps.gov.cn/">晋公网安备 14010502050691号</a><span>网站标识码：1400000045</span></p>
      <span id="_ideConac"></span>` +
      `<a href="https://zfwzgl.www.gov.cn/exposure/jiucuo.html?site_code=1400000045">找错</a>`;
    const { findings } = await run({ '/': { title: '山西省人民政府', nav, depth: 0, footer } });
    expect(summary(findings)).toEqual([]);
  });

  it('finds items an inline script writes, and makes items of an unrendered script-built footer 疑似', async () => {
    const written =
      "<script>document.write('<p>主办：吉林省人民政府办公厅 网站标识码：2200000001 " +
      "吉ICP备05001602号</p>');</script>";
    const inline = await run({
      '/': {
        title: '吉林省人民政府',
        nav,
        depth: 0,
        footer: realFooter(written).replace('<p>主办：吉林省人民政府办公厅 网站标识码：2200000001</p>', ''),
      },
    });
    expect(summary(inline.findings)).toEqual([
      'site-info icp-link  / minor fail',
      'site-info missing-jiucuo  / minor fail',
    ]);

    const scripted = '<div id="footer"></div><script src="/js/footer.js"></script>';
    const unrendered = await run({
      '/': { title: '吉林省人民政府', nav, depth: 0, footer: scripted },
      '/plain/': { title: '通知公告', nav, depth: 1, footer: '<p>版权所有</p>' },
    });
    const suspects = unrendered.findings.filter((f) => f.messageId === 'unrendered-footer');
    expect(suspects.map((f) => f.data.item).sort()).toEqual(
      [
        'ICP备案编号',
        '党政机关网站标识',
        '公安机关备案号',
        '网站主办单位',
        '网站标识码',
        '“我为政府网站找错”入口',
      ].sort(),
    );
    expect(suspects.every((f) => f.outcome === 'incomplete' && f.data.suspect === true && f.url.endsWith('/'))).toBe(
      true,
    );
    expect(suspects[0].message.zh).toMatch(/^页面底部由脚本生成且未渲染，未能找到.+（疑似缺失，需人工确认）$/);
    // The page with a plain footer still gets the definite findings.
    expect(summary(unrendered.findings).filter((l) => l.includes('fail'))).toEqual([
      'site-info missing-conac  /plain/ minor fail',
      'site-info missing-host  /plain/ minor fail',
      'site-info missing-icp  /plain/ minor fail',
      'site-info missing-police  /plain/ minor fail',
      'site-info missing-site-code  /plain/ minor fail',
    ]);
    const rendered = await run({ '/': { title: '吉林省人民政府', nav, depth: 0, footer: scripted, rendered: true } });
    expect(rendered.findings.filter((f) => f.messageId === 'unrendered-footer')).toEqual([]);
  });

  it(
    'prefers the number with its province over an "ICP备案编号：" label, and accepts old 12-digit numbers and no ' +
      '号',
    async () => {
      const footer = GOOD_FOOTER.replace('蜀ICP备12345678号-1', 'ICP备案编号：京ICP备13026484').replace(
        '川公网安备 51012302000123号',
        '京公网安备:110402430068号',
      );
      const { findings } = await run({ '/': { title: '首页', nav, depth: 0, footer } });
      expect(summary(findings)).toEqual([]);
    },
  );
});
