import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the generated site contains, so a benchmark can check both checkers against the truth. */
export interface BenchSite {
  url: string;
  pages: number;
  /** Link occurrences on all pages (href/src attributes). */
  links: number;
  /** Targets that answer 4xx/5xx or refuse the connection. */
  broken: Set<string>;
  /** Targets that answer 200 with a "page does not exist" page. */
  soft404: Set<string>;
  /** Requests the server answered, by method. */
  requests: Record<string, number>;
  close(): Promise<void>;
}

const SOFT_404 =
  '<!doctype html><html><head><meta charset="utf-8"><title>提示信息</title></head><body>' +
  '<div class="msg">对不起，您访问的页面不存在或已被删除！</div><a href="/">返回首页</a></body></html>';
const PNG = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
const PDF = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n', 'latin1');
const BRANCHING = 4;

/**
 * A county-site-shaped loopback site of `pages` article pages (tree of 4 children per page, so every page is
 * at most ~log4(n) clicks deep), about 10 links each: shared nav and footer, an image, an attachment, a
 * cross link, and on some pages a dead link, a missing image, a 500, a refused port or a soft-404.
 */
export async function startBenchSite(pages: number, deadPort: number): Promise<BenchSite> {
  const requests: Record<string, number> = {};
  const server = createServer((req, res) => {
    requests[req.method ?? '?'] = (requests[req.method ?? '?'] ?? 0) + 1;
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const send = (status: number, type: string, body: string | Buffer) => {
      // Each URL's content never changes, so its length is a valid ETag: as a static web server, a matching
      // If-None-Match gets 304 (the incremental re-crawl bench).
      const etag = `"${Buffer.byteLength(body)}"`;
      if (status === 200 && req.headers['if-none-match'] === etag) return void res.writeHead(304, { etag }).end();
      const validator = status === 200 ? { etag } : {};
      res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...validator });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    const page = /^\/p\/(\d+)\.html$/.exec(path);
    if (path === '/' || path === '/index.html')
      return send(200, 'text/html; charset=utf-8', pageHtml(-1, pages, deadPort));
    if (page && Number(page[1]) < pages)
      return send(200, 'text/html; charset=utf-8', pageHtml(Number(page[1]), pages, deadPort));
    if (path === '/about.html')
      return send(200, 'text/html; charset=utf-8', '<!doctype html><title>关于本站</title><p>关于</p>');
    if (path === '/style.css') return send(200, 'text/css', 'body{margin:0}');
    if (/^\/img\/\d+\.png$/.test(path)) return send(200, 'image/png', PNG);
    if (/^\/files\/\d+\.pdf$/.test(path)) return send(200, 'application/pdf', PDF);
    if (/^\/news\/old-\d+\.html$/.test(path)) return send(200, 'text/html; charset=utf-8', SOFT_404);
    if (/^\/error\//.test(path)) return send(500, 'text/html', 'server error');
    return send(404, 'text/html', 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
  const truth = siteTruth(url, pages, deadPort);
  return { url, pages: pages + 2, ...truth, requests, close: () => closeServer(server) };
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections();
  return new Promise((resolve) => server.close(() => resolve()));
}

/** The links of page i (-1 = home page), as root-relative or absolute URLs. */
export function pageLinks(i: number, pages: number, deadPort: number): string[] {
  const links = ['/', '/p/0.html', '/p/1.html', '/p/2.html', '/about.html', '/style.css'];
  const first = i < 0 ? 0 : (i + 1) * BRANCHING;
  for (let c = first; c < first + BRANCHING && c < pages; c++) links.push(`/p/${c}.html`);
  if (i < 0) return links;
  links.push(`/img/${i % 50}.png`, `/files/${i % 200}.pdf`, `/p/${(i * 7919) % pages}.html`);
  if (i % 10 === 0) links.push(`/missing/${i}.html`);
  if (i % 25 === 3) links.push(`/img/gone-${i}.png`);
  if (i % 100 === 11) links.push(`/error/${i}`);
  if (i % 40 === 7) links.push(`http://127.0.0.1:${deadPort}/closed/${i}.html`);
  if (i % 50 === 13) links.push(`/news/old-${i}.html`);
  return links;
}

export function pageHtml(i: number, pages: number, deadPort: number): string {
  const [home, nav0, nav1, nav2, about, css, ...rest] = pageLinks(i, pages, deadPort);
  const body = rest
    .map((href) =>
      /\.png$/.test(href)
        ? `<p><img src="${href}" alt="图片"></p>`
        : `<p><a href="${href}">${/\.pdf$/.test(href) ? '附件下载' : '相关信息'} ${href}</a></p>`,
    )
    .join('\n');
  return (
    `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>第${i}号信息 - 示例县人民政府</title>
<link rel="stylesheet" href="${css}"></head><body>
<header><nav><a href="${home}">首页</a> <a href="${nav0}">政务公开</a> <a href="${nav1}">政务服务</a> <a ` +
    `href="${nav2}">互动交流</a></nav></header>
<main><h1>第${i}号信息</h1><p>示例县人民政府发布的第${i}号政务信息正文。</p>
${body}</main>
<footer><a href="${about}">关于本站</a> 主办单位：示例县人民政府办公室</footer></body></html>`
  );
}

function siteTruth(base: string, pages: number, deadPort: number): Pick<BenchSite, 'links' | 'broken' | 'soft404'> {
  const broken = new Set<string>();
  const soft404 = new Set<string>();
  let links = 0;
  for (let i = -1; i < pages; i++) {
    for (const href of pageLinks(i, pages, deadPort)) {
      links++;
      const url = new URL(href, base).href;
      if (/\/(missing|error)\/|gone-|\/closed\//.test(url)) broken.add(url);
      if (/\/news\/old-/.test(url)) soft404.add(url);
    }
  }
  return { links, broken, soft404 };
}
