import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** The page 检查本页 runs on: a notice with a known typo, a dead attachment link, a working link, an image without
 * alt, and a hidden spam link (its host is never granted, so it is never fetched). */
export const NOTICE_HTML =
  `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>关于做好防汛工作的通知</title>
<style>body{font:16px/1.8 "Noto Sans CJK SC","WenQuanYi Zen Hei",sans-serif;margin:24px 40px;color:#222}
h1{font-size:22px;color:#b71c1c} nav a{margin-right:12px}</style></head>
<body>
<nav><a href="/">首页</a><a href="/ok.html">政务公开</a></nav>
<h1><img id="emblem" width="24" height="24" src="data:image/gif;base64,` +
  `R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">关于做好2026年防汛工作的通知</h1>
<p id="intro">各区县人民政府，市政府各部门：为切实做好今年防汛工作，现将有关事项通知如下。</p>
<p id="plan">一、各单位要认真布署防汛准备工作，落实责任，确保安全度汛。防汛工做要早安排、早落实。</p>
<p id="attachment">附件：<a id="dead" href="/files/missing-plan.doc">防汛应急预案</a></p>
<p>联系电话：0000-12345678</p>
<div id="footer-links">友情链接<div style="display:none"><a href="http://www.example-casino.com/">澳门葡京赌场 在线博` +
  `彩</a></div></div>
</body></html>`;

export interface FixtureSite {
  url: string;
  /** "METHOD /path" of every request served, in order. */
  requests: string[];
  close(): Promise<void>;
}

/** Serves the notice (or other HTML) on 127.0.0.1 (port 0); /ok.html answers 200, everything else 404. */
export async function serveNotice(html = NOTICE_HTML): Promise<FixtureSite> {
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://127.0.0.1').pathname;
    requests.push(`${req.method} ${path}`);
    const page = path === '/' ? html : path === '/ok.html' ? '<!doctype html><title>政务公开</title>' : null;
    res.writeHead(page ? 200 : 404, { 'content-type': 'text/html; charset=utf-8' });
    res.end(req.method === 'HEAD' ? undefined : (page ?? 'not found'));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    requests,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
