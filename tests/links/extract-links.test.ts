import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';

const PAGE =
  `<!doctype html><html><head>
<link rel="stylesheet" href="/s.css"><link rel="icon" href="/favicon.ico"><link rel="preconnect" ` +
  `href="https://cdn.example.cn">
<link rel="canonical" href="https://www.example.gov.cn/"><meta property="og:image" content="/og.png"><meta ` +
  `name="description" content="/not-a-link">
<meta http-equiv="Refresh" content="5; URL='/moved.html'"><script src="/a.js"></script>
<script type="application/ld+json">{"@context":"https://schema.org",` +
  `"logo":{"url":"https://www.example.gov.cn/logo.png"}}</script>
<style>.b{background:url("/bg.png")} @import "/print.css";</style></head>
<body background="/old-bg.gif"><table background="/table.gif"><tr><td>x</td></tr></table>
<a href="/a.html">文章 <b>一</b></a><map><area href="/map.html" alt="地图"></map>
<img src="/1.png" srcset="/1-2x.png 2x, /1-3x.png 3x" alt="图一"><picture><source srcset="/p.webp"></picture>
<iframe src="/frame.html"></iframe><object data="/f.swf"></object><embed src="/e.swf"><video src="/v.mp4" ` +
  `poster="/v.jpg"></video>
<div style="background-image:url(/div.png)"></div><input type="image" src="/btn.png" alt="提交"><input type="text" ` +
  `src="/no.png">
<blockquote cite="/source.html">引文</blockquote><x-card href="/custom.html"></x-card>
<a href="mailto:a@example.gov.cn">邮箱</a><a href="data:text/plain,hi">数据</a></body></html>`;

describe('link extraction: every kind, with where it came from', () => {
  const page = snapshotOf(PAGE, 'http://www.example.gov.cn/');
  const paths = page.links.map((l) => `${l.element}[${l.attribute}] ${l.raw}`);

  it('extracts each kind of link', () => {
    expect(paths).toEqual(
      expect.arrayContaining([
        'link[href] /s.css',
        'link[href] /favicon.ico',
        'link[href] https://www.example.gov.cn/',
        'meta[content] /og.png',
        'meta[content] /moved.html',
        'script[src] /a.js',
        'script[ld+json] https://www.example.gov.cn/logo.png',
        'style[url()] /bg.png',
        'style[url()] /print.css',
        'body[background] /old-bg.gif',
        'table[background] /table.gif',
        'a[href] /a.html',
        'area[href] /map.html',
        'img[src] /1.png',
        'img[srcset] /1-2x.png',
        'img[srcset] /1-3x.png',
        'source[srcset] /p.webp',
        'iframe[src] /frame.html',
        'object[data] /f.swf',
        'embed[src] /e.swf',
        'video[src] /v.mp4',
        'video[poster] /v.jpg',
        'div[style] /div.png',
        'input[src] /btn.png',
        'blockquote[cite] /source.html',
        'x-card[href] /custom.html',
        'a[href] mailto:a@example.gov.cn',
        'a[href] data:text/plain,hi',
      ]),
    );
  });

  it('leaves out resource hints, description metas, text inputs and schema.org', () => {
    expect(paths.join('\n')).not.toMatch(/cdn\.example|not-a-link|no\.png|schema\.org/);
  });

  it('keeps link text, alt text, selector and absolute URL', () => {
    const a = page.links.find((l) => l.raw === '/a.html')!;
    expect(a).toMatchObject({ text: '文章 一', url: 'http://www.example.gov.cn/a.html' });
    expect(a.path).toMatch(/a/);
    expect(page.links.find((l) => l.raw === '/map.html')!.text).toBe('地图');
    expect(page.links.find((l) => l.raw === '/1.png')!.text).toBe('图一');
  });
});
