import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Ten link targets, each linked five times: the link checks must cost one request per target. */
const LINKS = [...Array(50)].map((_, i) => `<li><a href="/t/${i % 10}.html">第 ${i + 1} 条信息</a></li>`).join('');

/**
 * A county page with what the extension used to miss: an off-screen spam block in the middle of the text, spam
 * text in white on white, a 严重错别字 (veto), a same-origin iframe with a typo, a cross-origin iframe, 50 links
 * to 10 targets, and an image that does not load (no box, but nobody hid it).
 */
const home = (otherOrigin: string) =>
  `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>某县人民政府</title>
<style>body{font:16px/1.8 "Noto Sans CJK SC",sans-serif;margin:24px 40px;color:#222} iframe{border:1px solid ` +
  `#ccc}</style>
</head><body>
<h1>某县人民政府</h1>
<p id="lead">深入学习习近苹新时代中国特色社会主义思想，扎实推进各项工作。</p>
<p id="news">今年以来，全县上下认真落实各项决策部署，经济社会保持平稳发展。</p>
<div id="injected" style="position:absolute;left:-10000px;top:-10000px"><a href="http://www.example-casino.com/">澳` +
  `门葡京赌场 在线博彩</a></div>
<p id="after">请各乡镇、各部门结合实际抓好落实。</p>
<p id="white" style="color:#fff;background:#fff">澳门葡京赌场 在线博彩 六合彩 彩票投注</p>
<p id="photo">图片新闻：<img src="/photos/missing.png"></p>
<iframe id="notice-frame" src="/frame.html" width="600" height="120"></iframe>
<iframe id="ad-frame" src="${otherOrigin}/ad.html" width="300" height="60"></iframe>
<h2>信息公开</h2><ul id="list">${LINKS}</ul>
</body></html>`;

const FRAME = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>通知公告</title></head>
<body><p id="frame-notice">各单位要认真布署防汛准备工作，确保安全度汛。</p></body></html>`;

/** A frameset page, as many county sites still have: the menu frame and the content frame. */
export const FRAMESET =
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>某镇人民政府</title></head>
<frameset cols="200,*"><frame name="menu" src="/fs/menu.html"><frame name="main" ` +
  `src="/fs/main.html"></frameset></html>`;

const FRAMESET_MENU = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>导航</title></head>
<body><ul><li><a href="/fs/main.html" target="main">首页</a></li></ul>
<div style="display:none"><a href="http://www.example-casino.com/">澳门葡京赌场 在线博彩</a></div></body></html>`;

const FRAMESET_MAIN = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>镇务公开</title></head>
<body><p id="fs-notice">坚持中国共党的领导，防汛工作要早安排、早落实，认真布署各项任务。</p></body></html>`;

const PAGES: Record<string, string | undefined> = {
  '/frame.html': FRAME,
  '/frameset.html': FRAMESET,
  '/fs/menu.html': FRAMESET_MENU,
  '/fs/main.html': FRAMESET_MAIN,
};

export interface KindsSite {
  url: string;
  /** "METHOD /path" of every request the main site served, in order (tests clear it between steps). */
  requests: string[];
  /** The other origin's requests (the cross-origin frame). */
  otherRequests: string[];
  close(): Promise<void>;
}

function listen(handler: Parameters<typeof createServer>[1]): Promise<{ server: Server; url: string }> {
  const server = createServer(handler);
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () =>
      resolve({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/** Two loopback servers: the site, and another origin (another port) serving the cross-origin frame. */
export async function serveKinds(): Promise<KindsSite> {
  const requests: string[] = [];
  const otherRequests: string[] = [];
  const other = await listen((req, res) => {
    otherRequests.push(`${req.method} ${req.url}`);
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : '<!doctype html><meta charset="utf-8"><p>广告位</p>');
  });
  const site = await listen((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${req.method} ${path}`);
    const page =
      path === '/' ? home(other.url) : path.startsWith('/t/') ? `<!doctype html><title>信息</title>` : PAGES[path];
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : (page ?? 'not found'));
  });
  return {
    url: `${site.url}/`,
    requests,
    otherRequests,
    close: async () => {
      await Promise.all([site.server, other.server].map((s) => new Promise<void>((r) => s.close(() => r()))));
    },
  };
}
