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
    const bad = `<p>主办：平安县人民政府办公室 网站标识码：12345</p><p>蜀ICP备12345678号</p>
      <p><a href="http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51012302000123">川公网安备 51012302000123号</a></p>
      <p><img src="https://dcs.conac.cn/image/red_error.png" alt="党政机关"></p>`;
    const oldJiucuo = `${GOOD_FOOTER.replace('zfwzgl.www.gov.cn', '121.43.68.40').replace('site_code=5101230001', 'site_code=5101230009')}`;
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
    expect(by('bad-site-code')).toMatchObject({ text: '12345', data: { pageCount: 2, pages: ['http://127.0.0.1:8080/', 'http://127.0.0.1:8080/a/'] } });
    expect(by('bad-site-code').message.zh).toBe('网站标识码“12345”格式不正确（应为10位数字或bm加8位数字）');
    expect(by('icp-link').message.zh).toContain('没有链接');
    expect(by('police-link').message.zh).toContain('旧地址');
    expect(by('site-code-mismatch').message.zh).toBe('网站标识码不一致：页面为“5101230001”，“找错”链接的 site_code为“5101230009”');
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
    const footer = GOOD_FOOTER.replace('蜀ICP备12345678号-1', 'ICP备案号：待定').replace('川公网安备 51012302000123号', '川公网安备 5101号');
    const { findings } = await run({ '/': { title: '首页', nav, depth: 0, footer } });
    expect(summary(findings)).toEqual(['site-info bad-icp  / minor fail', 'site-info bad-police  / minor fail']);
    expect(findings.map((f) => f.text).sort()).toEqual(['ICP备案号：待定', '川公网安备5101号']);
  });
});
