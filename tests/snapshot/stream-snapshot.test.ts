import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../crawler/fetch/charset.ts';
import { pageHtml } from '../../crawler/links/bench-site.ts';
import { buildSnapshot, type FetchFacts } from '../../shared/snapshot/build-snapshot.ts';
import { streamSnapshot } from '../../shared/snapshot/stream-snapshot.ts';

const root = fileURLToPath(new URL('../../', import.meta.url));
const REAL_GOV = join(root, '../shared/bench/real-gov');

/** The reference: linkedom's DOM (wrapped the way the crawler wrapped fragments) read by buildSnapshot. */
function domSnapshot(facts: FetchFacts) {
  const html = /<html[\s>]/i.test(facts.html) ? facts.html : `<!doctype html><html><body>${facts.html}</body></html>`;
  return buildSnapshot(parseHTML(html).document as unknown as Document, facts);
}

const facts = (html: string, url = 'http://127.0.0.1:8080/dir/page.html'): FetchFacts => ({
  url,
  finalUrl: url,
  status: 200,
  headers: {},
  contentType: 'text/html',
  charset: 'utf-8',
  html,
  rendered: false,
  fetchedAt: '2026-12-07T00:00:00.000Z',
});

function htmlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.html?$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

const read = (file: string) => decodeHtml(new Uint8Array(readFileSync(file)), 'text/html').text;

describe('streamSnapshot equals linkedom + buildSnapshot', () => {
  it.each(
    // Markup where linkedom's own tree rules show: no head, content before <html>, two heads, upper-case
    // attributes, nested and image-only links, template and svg content, bodies that are not the body.
    [
      ['fragment', '<p>段落 <a href="a.html">链接</a></p>'],
      ['no head', '<html><body><div class="nav  top nav">导航<a href="/x">X</a></div></body></html>'],
      ['head after content', '<html><div>前</div><head><link href="/s.css"></head><body><p>正文</p></body></html>'],
      [
        'two heads',
        '<html><meta name=a content=b><head></head><head><link href="/2.css"></head><body>文</body></html>',
      ],
      ['meta before html', '<meta charset="utf-8"><html lang="zh"><body><a href="/m">文</a></body></html>'],
      ['body not second', '<html><head></head><div><a href="/d">D</a></div><body><p>正文</p></body></html>'],
      [
        'upper-case attributes',
        '<html><body><A HREF="/up">大写</A><a href="/low" STYLE="display:none">小写</a></body></html>',
      ],
      [
        'image links',
        '<html><body><a href="/i"><img src="/i.png" alt="图片"><img alt="次"></a><a href="/t" title="标题">' +
          '</a></body></html>',
      ],
      ['nested links', '<html><body><a href="/o">外<a href="/n">内</a>尾</a></body></html>'],
      [
        'template and svg',
        '<html><body><template><a href="/tpl">模板</a></template><svg><title>图</title><a href="/s">S</a>' +
          '<style>a{background:url(/bg.png)}</style></svg></body></html>',
      ],
      ['title in body', '<html><body><title>正文标题</title><p>文<br>字</p></body></html>'],
      [
        'hidden and regions',
        '<html><body><div hidden><p id="x">隐藏<a href="/h">H</a></p></div><footer><p>版权</p></footer>' +
          '<div data-govcheck-hidden="off-screen"><a href="/r">R</a></div></body></html>',
      ],
      [
        'style, ld+json, refresh',
        '<html><head><meta http-equiv="refresh" content="0;url=/go">' +
          '<style style="background:url(/a.png)">b{background:url(/b.png)}</style>' +
          '<script type="application/ld+json">{"url":"https://x.gov.cn/"}</script><base href="/sub/">' +
          '</head><body><a href="rel">r</a></body></html>',
      ],
      ['implied closes', '<html><body><p>一<p>二<table><tr><td>格<td>格</table></p><li>三<li>四</br></body></html>'],
      ['text after body', '<html><body><p>内</p></body></html>后<a href="/after">后链</a>'],
      [
        'skipped content',
        '<html><body><select><option>选项</option></select><noscript><a href="/ns">N</a>' +
          '</noscript>正<script>var a="<p>";</script>文</body></html>',
      ],
    ],
  )('%s', (_, html) => {
    expect(streamSnapshot(facts(html))).toEqual(domSnapshot(facts(html)));
  });

  it('nested links whose text outgrows what a link keeps', () => {
    const html = `<html><body>${'<a href="/n">嵌套的链接文字 '.repeat(400)}</body></html>`;
    expect(streamSnapshot(facts(html))).toEqual(domSnapshot(facts(html)));
  });

  it('on the generated bench site', () => {
    for (let i = -1; i < 40; i++) {
      const page = facts(pageHtml(i, 40, 9), `http://127.0.0.1/p/${i}.html`);
      expect(streamSnapshot(page)).toEqual(domSnapshot(page));
    }
  });

  const files = [
    ...htmlFiles(join(root, 'tests')),
    ...htmlFiles(join(root, 'shared/checks')),
    ...htmlFiles(join(root, 'demo/site')),
    ...htmlFiles(join(REAL_GOV, 'sites')),
    ...htmlFiles(join(REAL_GOV, 'hacked')),
  ];
  it.each(files.map((f) => [relative(join(root, '..'), f), f]))('%s', (_, file) => {
    const page = facts(read(file));
    expect(streamSnapshot(page)).toEqual(domSnapshot(page));
  });
});
