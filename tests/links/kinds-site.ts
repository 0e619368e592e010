import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

type Route = (req: IncomingMessage, res: ServerResponse) => void;

const html = (body: string, title = '示例县人民政府') =>
  `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body>` +
  `<header><nav><a href="/">首页</a></nav></header><main>${body}</main>` +
  `<footer><a href="/footer-gone.html">网站地图</a> 主办单位：示例县人民政府办公室</footer></body></html>`;
const send =
  (
    status: number,
    body: string | Buffer,
    type = 'text/html; charset=utf-8',
    headers: Record<string, string> = {},
  ): Route =>
  (_req, res) => {
    res.writeHead(status, { 'content-type': type, 'content-length': Buffer.byteLength(body), ...headers });
    res.end(body);
  };
const redirect =
  (to: string): Route =>
  (_req, res) => {
    res.writeHead(302, { location: to });
    res.end();
  };

/** One link of each kind on the home page; each id names what a link-check must say about it. */
export const KIND_LINKS: Record<string, string> = {
  ok: '/ok.html',
  'http-404': '/gone.html',
  'http-500': '/error.html',
  refused: 'http://127.0.0.1:{deadPort}/x.html',
  reset: '/reset.html',
  timeout: '/hang.html',
  tls: 'https://127.0.0.1:{port}/tls.html',
  'redirect-loop': '/loop-a.html',
  'too-many-redirects': '/chain/0.html',
  'soft-404-phrase': '/news/deleted.html',
  'soft-404-fingerprint': '/news/anything-unknown.html',
  'empty-attachment': '/files/empty.pdf',
  'html-attachment': '/files/notice.doc',
  'missing-fragment': '/ok.html#no-such-anchor',
  'present-fragment': '/ok.html#section-2',
  'bad-url': 'https://example]org/x',
  'blocked-403': '/forbidden.html',
  'blocked-999': '/linkedin.html',
  'rate-limited-429': '/busy.html',
  'redirect-home': '/old/article.html',
};

/**
 * A loopback site whose home page links to every kind in KIND_LINKS, plus two article pages that share the
 * footer (a dead "网站地图" link on 4 pages, one with another layout → one merged finding). Unknown URLs answer 200
 * with
 * the site's
 * "not found" template, as many CMSs do (the soft-404 fingerprint case).
 */
export async function startKindsSite(deadPort: number) {
  const sockets = new Set<Socket>();
  // Filled in once the server listens: the TLS case speaks HTTPS to this plain-HTTP port.
  let links = '';
  const routes: Record<string, Route> = {
    '/': (req, res) =>
      send(
        200,
        html(`${links}<p><a href="/a1.html">文章1</a> <a href="/a2.html">文章2</a> <a href="/a3.html">文章3</a></p>`),
      )(req, res),
    '/a1.html': send(200, html('<p>文章一正文</p>', '文章1')),
    '/a2.html': send(200, html('<p>文章二正文</p>', '文章2')),
    // Another layout: a wrapper around the footer changes its path, not its place in the template.
    '/a3.html': send(
      200,
      html('<p>文章三正文</p>', '文章3')
        .replace('<footer>', '<div class="wrap"><footer>')
        .replace('</footer>', '</footer></div>'),
    ),
    '/ok.html': send(200, html('<h2 id="section-2">第二节</h2><p>正文</p>', '正常页面')),
    '/error.html': send(500, 'error'),
    '/gone.html': send(404, 'not found'),
    '/footer-gone.html': send(404, 'not found'),
    '/robots.txt': send(404, 'not found', 'text/plain'),
    '/loop-a.html': redirect('/loop-b.html'),
    '/loop-b.html': redirect('/loop-a.html'),
    '/news/deleted.html': send(200, html('<div class="tip">对不起，您访问的页面已删除！</div>', '提示')),
    '/files/empty.pdf': send(200, '', 'application/pdf'),
    '/files/notice.doc': send(200, html('<p>请先登录</p>', '登录'), 'application/msword'),
    '/forbidden.html': send(403, 'forbidden'),
    '/linkedin.html': send(999, 'request denied'),
    '/busy.html': send(429, 'slow down', 'text/plain', { 'retry-after': '0' }),
    '/old/article.html': redirect('/'),
    '/reset.html': (req) => req.socket.destroy(),
    '/hang.html': () => undefined,
  };
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const chain = /^\/chain\/(\d+)\.html$/.exec(path);
    if (chain) return redirect(`/chain/${Number(chain[1]) + 1}.html`)(req, res);
    const route =
      routes[path] ?? send(200, html(`<div class="tip">抱歉，该内容暂时无法显示：${path}</div>`, '提示信息'));
    route(req, res);
  });
  server.on('connection', (s) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  links = Object.entries(KIND_LINKS)
    .map(
      ([id, href]) =>
        `<p><a id="link-${id}" href="${href
          .replace('{deadPort}', String(deadPort))
          .replace('{port}', String(port))}">${id}</a></p>`,
    )
    .join('\n');
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () =>
      new Promise<void>((r) => {
        for (const s of sockets) s.destroy();
        server.close(() => r());
      }),
  };
}
