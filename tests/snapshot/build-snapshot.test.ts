import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';

const HTML =
  `<html lang="zh-CN"><head><title> 云溪县 人民政府 </title><base href="/sub/">
<meta name="ColumnName" content="通知公告"><meta http-equiv="refresh" content="5;url=/moved.html">
<link rel="stylesheet" href="/s.css"><link rel="preconnect" ` +
  `href="https://cdn.example"><style>.x{background:url("bg.png")}</style>
<script src="/app.js"></script><script>var t = "再接再励";</script></head>
<body><div id="nav"><a href="a.html">首页</a> <a href="/b.html#top">政务公开</a></div>
<div class="position">当前位置：首页 &gt; 政务公开 &gt; 通知公告</div>
<div class="main">前文<p>段落 <b>加粗</b> 结束</p>后文 发布时间：2024年5月6日 无效日期2023-04-31</div>
<p style="display: none !important">隐藏 <a href="http://127.0.0.9/x">博彩</a></p>
<img srcset="x.jpg 1x, y.jpg 2x" alt="图"><picture><source srcset="p.webp"></picture>
<iframe src="/frame.html"></iframe><object data="/f.swf"></object><embed src="/e.pdf">
<map><area href="/area.html" alt="区域"></map><a href="javascript:void(0)">空</a>
<div style="background-image:url('/bg2.png')"></div><div hidden>属性隐藏</div>
<div class="footer">版权所有 云溪县</div></body></html>`;

describe('buildSnapshot', () => {
  const s = snapshotOf(HTML, 'http://127.0.0.1:8080/dir/page.html');
  const link = (raw: string) => s.links.find((l) => l.raw === raw);

  it('reads title, lang, meta and breadcrumbs', () => {
    expect(s.title).toBe('云溪县 人民政府');
    expect(s.lang).toBe('zh-CN');
    expect(s.meta.columnname).toBe('通知公告');
    expect(s.breadcrumbs).toEqual(['首页', '政务公开', '通知公告']);
  });

  it('resolves links against <base href> and keeps element, attribute, text and selector', () => {
    expect(link('a.html')).toMatchObject({
      url: 'http://127.0.0.1:8080/sub/a.html',
      element: 'a',
      attribute: 'href',
      text: '首页',
      path: 'div#nav > a:nth-of-type(1)',
      region: 'nav',
    });
    expect(link('/b.html#top')?.url).toBe('http://127.0.0.1:8080/b.html#top');
  });

  it('extracts every kind of link', () => {
    const kinds = s.links.map((l) => `${l.element}[${l.attribute}]`);
    for (const kind of [
      'img[srcset]',
      'source[srcset]',
      'link[href]',
      'script[src]',
      'iframe[src]',
      'object[data]',
      'embed[src]',
      'area[href]',
      'meta[content]',
      'style[url()]',
      'div[style]',
    ])
      expect(kinds).toContain(kind);
    expect(s.links.filter((l) => l.element === 'img').map((l) => l.raw)).toEqual(['x.jpg', 'y.jpg']);
    expect(link('/moved.html')?.element).toBe('meta');
    expect(link('https://cdn.example')).toBeUndefined();
  });

  it('splits visible text into blocks, leaving out scripts and styles', () => {
    const texts = s.textBlocks.map((b) => b.text);
    expect(texts).toContain('段落 加粗 结束');
    expect(texts).toContain('前文');
    expect(texts.some((t) => t.startsWith('后文'))).toBe(true);
    expect(texts.join()).not.toContain('再接再励');
  });

  it('marks hidden text and links with how they are hidden', () => {
    expect(s.textBlocks.find((b) => b.text.startsWith('隐藏'))?.hidden).toBe('display:none');
    expect(link('http://127.0.0.9/x')?.hidden).toBe('display:none');
    expect(s.textBlocks.find((b) => b.text === '属性隐藏')?.hidden).toBe('hidden-attribute');
    expect(s.textBlocks.find((b) => b.text.startsWith('版权所有'))).toMatchObject({ region: 'footer' });
  });

  it('finds real dates and drops impossible ones', () => {
    expect(s.dates.map((d) => d.iso)).toEqual(['2024-05-06']);
  });

  it('derives dates and breadcrumbs at their first read only (link checks never read them)', () => {
    const fresh = snapshotOf(HTML);
    expect(Object.getOwnPropertyDescriptor(fresh, 'dates')?.get).toBeTypeOf('function');
    expect(Object.getOwnPropertyDescriptor(fresh, 'breadcrumbs')?.get).toBeTypeOf('function');
    expect(fresh.dates.map((d) => d.iso)).toEqual(['2024-05-06']);
    expect(Object.getOwnPropertyDescriptor(fresh, 'dates')).toMatchObject({ value: fresh.dates, writable: true });
    // Copies and messages between threads carry the values.
    expect(structuredClone(fresh).breadcrumbs).toEqual(['首页', '政务公开', '通知公告']);
    fresh.breadcrumbs = ['替换'];
    expect(fresh.breadcrumbs).toEqual(['替换']);
  });

  it('survives hostile markup: unclosed tags, deep nesting, fragments', () => {
    const deep = `${'<div>'.repeat(30000)}深层文字${'</div>'.repeat(10)}<p>未闭合<a href="/x">链接`;
    const d = snapshotOf(deep);
    expect(d.textBlocks.map((b) => b.text)).toContain('深层文字');
    expect(d.links[0]?.url).toBe('http://127.0.0.1/x');
    expect(snapshotOf('只有文字').textBlocks[0]?.text).toBe('只有文字');
  });
});
