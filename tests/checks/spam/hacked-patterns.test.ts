import { describe, expect, it } from 'vitest';
import { CHECKS } from '../../../shared/checks/index.ts';
import { CheckEngine } from '../../../shared/engine/run-checks.ts';
import type { Finding } from '../../../shared/model/finding.ts';
import { findScriptCloaking } from '../../../shared/spam/cloaking.ts';
import { entityEncodedFields } from '../../../shared/spam/markup.ts';
import { stuffedTitleNames } from '../../../shared/spam/title-stuffing.ts';
import type { PageVariant } from '../../../shared/spam/variants.ts';
import { snapshotOf } from '../../../crawler/page/snapshot-from-html.ts';
import { jiebaSegment } from '../../../crawler/text/jieba-segmenter.ts';

/** Patterns of the real re-hosted spam sites in ../shared/bench/real-gov/hacked, as they are written there. */
const SPAM_CHECKS = CHECKS.filter((c) => c.category === 'spam');

function spamFindings(html: string): Promise<Finding[]> {
  const url = 'http://www.gzdzhrss.com/index.html';
  const engine = new CheckEngine({
    checks: SPAM_CHECKS,
    siteUrl: 'http://www.gzdzhrss.com/',
    asOf: '2024-03-01',
    profiles: [],
    capabilities: { rendered: false, network: false },
    segment: jiebaSegment,
  });
  return engine.checkPage(snapshotOf(html, url));
}

const encode = (s: string) => [...s].map((c) => `&#${c.codePointAt(0)};`).join('');
const article =
  '<h1>关于切实做好2017年创业贷款贴息工作的通知</h1><p>各乡镇人力资源和社会保障服务中心：现将有关事项通知如下。</p>';

// gzdzhrss.com/index.html: every "closing" tag is another <a>, so each link nests in the one before.
const FARM = `<div style="display:none;"><a href="https://www.chaoji007.com/">超级军事网<a>
<a href="https://www.hncic.net/">海南建设信息网<a>
<a href="https://www.jcnkyy.com/">晋城男科医院<a>
<a href="https://www.zikaobyz.com/">自考毕业证<a>
<a href="https://www.seo007.cn/">网络营销专家<a>
<a href="https://www.cptz.net/">实战彩票网<a></div>`;

describe('patterns of the re-hosted spam sites', () => {
  it('reports a hidden farm of unclosed anchors as one finding listing every target', async () => {
    const findings = await spamFindings(
      `<html><head><title>道真县人力资源网</title></head><body>${article}${FARM}</body></html>`,
    );
    expect(findings.map((f) => f.checkId)).toEqual(['spam-link']);
    const [farm] = findings;
    expect(farm.count).toBe(6);
    expect(farm.data.targets).toEqual(expect.arrayContaining(['https://www.chaoji007.com/', 'https://www.cptz.net/']));
    expect(farm.data.targets).toHaveLength(6);
    expect(farm.outcome).toBe('fail');
    expect(farm.data.vetoEvidence).toContain('隐藏（不显示）的 6 个链接');
  });

  it('reports a hidden farm of unknown sites without spam words as one 疑似 finding', async () => {
    const quiet = FARM.replace(/<a href="https:\/\/www\.cptz\.net\/">实战彩票网<a>/, '').replace('seo007', 'netmkt');
    const findings = await spamFindings(
      `<html><head><title>道真县人力资源网</title></head><body>${article}${quiet}</body></html>`,
    );
    expect(findings.map((f) => [f.checkId, f.messageId, f.outcome, f.data.suspect])).toEqual([
      ['spam-link', 'hidden-cluster', 'incomplete', true],
    ]);
  });

  it('finds a title and keywords written as entities over a plain body (capda.org.cn, cptz.net)', async () => {
    const html = `<html><head><title>${encode('中国农药发展与应用协会_中国农药信息网')}</title>
      <meta name="keywords" content="${encode('生物农药,有机农药,农药价格')}"></head><body>${article}</body></html>`;
    expect(entityEncodedFields(html)).toEqual({ fields: ['title', 'keywords'], plainBody: true });
    const findings = await spamFindings(html);
    const encoded = findings.find((f) => f.messageId === 'encoded-meta');
    expect(encoded?.text).toBe('中国农药发展与应用协会_中国农药信息网');
    expect([encoded?.outcome, encoded?.data.suspect, encoded?.data.confidence]).toEqual(['incomplete', true, 0.8]);
  });

  it('does not take a plain title, or a title with a few entities, for an encoded one', () => {
    expect(entityEncodedFields(`<title>道真县人力资源网&#8212;首页</title><body>${article}`).fields).toEqual([]);
    expect(entityEncodedFields(`<title>有效成分查作物 &#20013;&#22269;</title><body>${article}`).fields).toEqual([]);
  });

  it('gives lower confidence when the body is encoded the same way (a CMS that encodes everything)', async () => {
    const html =
      `<html><head><title>${encode('关于做好创业贷款贴息工作的通知')}</title></head>` +
      `<body><p>${encode('各乡镇人力资源和社会保障服务中心：现将有关事项通知如下。')}</p></body></html>`;
    const encoded = (await spamFindings(html)).find((f) => f.messageId === 'encoded-meta');
    expect(encoded?.data.confidence).toBe(0.4);
  });
});

describe('junk-tag template around real content', () => {
  // The seed pattern of spam templates: each copy wraps the real paragraphs in nested made-up or rarely used
  // elements with random ids, so no two copies of a page look alike to a duplicate filter.
  const wrap = (inner: string, ids: string[]) =>
    `<delect id="${ids[0]}"><strike id="${ids[1]}"><abbr id="${ids[2]}">${inner}</abbr></strike></delect>`;
  const seeded = [
    'h4sia',
    'k2d9x',
    'x8s7d',
    'p0q1w',
    'm3n4b',
    'z9y8c',
    'a1s2d',
    'q9w8e',
    'r5t6y',
    'u7i8o',
    'f3g4h',
    'j5k6l',
  ]
    .reduce<string[][]>((runs, id, i) => (i % 3 ? runs[runs.length - 1].push(id) : runs.push([id]), runs), [])
    .map((ids, i) => wrap(`<p>第${i + 1}段：各乡镇人力资源和社会保障服务中心要做好创业贷款贴息工作。</p>`, ids))
    .join('');

  it('reports nested random-id wrapper runs as one 疑似 template sign', async () => {
    const findings = await spamFindings(`<html><head><title>通知</title></head><body>${seeded}</body></html>`);
    const junk = findings.filter((f) => f.messageId === 'junk-tags');
    expect(junk).toHaveLength(1);
    expect(junk[0].data.wrappers).toBe(12);
    expect(junk[0].message.zh).toContain('12 个嵌套的随机 id 包裹标签');
    expect([junk[0].outcome, junk[0].data.suspect]).toEqual(['incomplete', true]);
  });

  it('does not take ordinary nested containers with ids for wrappers', async () => {
    const ordinary = Array.from(
      { length: 6 },
      (_, i) =>
        `<div id="box${i}"><ul id="list${i}"><li id="item${i}">` +
        `<span id="s${i}x">第${i}条新闻</span></li></ul></div>`,
    ).join('');
    const findings = await spamFindings(`<html><head><title>通知</title></head><body>${ordinary}</body></html>`);
    expect(findings).toEqual([]);
  });
});

describe('script cloaking from the two versions of a page', () => {
  const served = (texts: string[]): PageVariant => ({
    label: 'raw',
    status: 200,
    finalUrl: 'http://www.zjgztb.com/a.html',
    title: '联系方式',
    texts,
    links: [],
  });
  const fake404 = [
    '无法找到该网页',
    '您正在搜索的页面可能已经删除、更名或暂时不可用。',
    'HTTP 错误 404 - 文件或目录未找到。',
  ];
  const listPage = [
    '吴江区分中心',
    '当前位置： 首页 >吴江区分中心 >联系方式',
    '苏州市公共资源交易中心吴江分中心地址：吴江区中山南路1979号',
  ];

  it('finds an error page written over a page whose served HTML has content', () => {
    expect(findScriptCloaking(fake404, served(listPage))?.kind).toBe('error-page');
  });

  it('leaves a page that is an error page in its served HTML too, and one that keeps its content', () => {
    expect(findScriptCloaking(fake404, served([...fake404, ...listPage]))).toBeUndefined();
    expect(findScriptCloaking(listPage, served(listPage))).toBeUndefined();
  });

  it('calls a page blank after script only when the served HTML holds an article', () => {
    expect(findScriptCloaking([], served(listPage))).toBeUndefined();
    expect(findScriptCloaking([], served([listPage.join('').repeat(5)]))?.kind).toBe('blank');
  });
});

describe('hidden menu links of the site itself', () => {
  it('are 疑似 at most, even with lottery words (a 福彩 site hides its 彩民 menu)', async () => {
    const menu = '<ul style="display:none"><li><a href="/cmgs/index.html">彩民故事</a></li></ul>';
    const findings = await spamFindings(
      `<html><head><title>福彩新闻</title></head><body>${article}${menu}</body></html>`,
    );
    expect(findings.map((f) => [f.checkId, f.messageId, f.outcome])).toEqual([
      ['spam-link', 'hidden-own', 'incomplete'],
    ]);
  });
});

describe('keyword-stuffed titles', () => {
  it('finds a title naming other schools over a page of another (maia.org.cn over 首都师范大学)', async () => {
    const findings = await spamFindings(
      '<html><head><title>南航金城学院教务处_南京财经大学教务处_南京艺术学院</title></head>' +
        '<body><h1>首都师范大学教师教育学院</h1><p>学院现有教职工120人，开设本科专业5个。</p></body></html>',
    );
    const stuffed = findings.find((f) => f.messageId === 'stuffed-title');
    expect(stuffed?.data.names).toEqual(['南航金城学院教务处', '南京财经大学教务处', '南京艺术学院']);
    expect([stuffed?.outcome, stuffed?.data.suspect]).toEqual(['incomplete', true]);
  });

  it.each([
    ['计算机学院_南京大学', '<p>南京大学计算机学院2024年招生简章</p>'],
    ['通知公告_教育局_道真县人民政府', '<p>道真县人民政府 教育局 通知公告</p>'],
    ['关于印发工作要点的通知_道真县人力资源和社会保障局', `<p>道真县人力资源和社会保障局</p>${article}`],
  ])('leaves an ordinary title alone: %s', (title, body) => {
    expect(stuffedTitleNames(title, body.replace(/<[^>]+>/g, ''))).toEqual([]);
  });

  it('finds institution names the page never mentions', () => {
    expect(stuffedTitleNames('教务处_江苏信息网_南京财经大学', '张家港市公共资源交易信息网 太仓分中心')).toEqual([
      '江苏信息网',
      '南京财经大学',
    ]);
  });
});
