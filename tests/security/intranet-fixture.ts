import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the intranet service answers: none of it may ever reach a report. */
export const SECRET = 'SECRET-内网OA口令-7f3a9c';

export interface Intranet {
  port: number;
  /** Every request it received (method and path). */
  hits: string[];
  close(): Promise<void>;
}

const listen = (server: Server, host: string, port: number) =>
  new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(port, host, () => resolve());
  });

/**
 * An "intranet" service on the inspector's machine: 127.0.0.1 and ::1 on one port, so every spelling of a
 * loopback address (mapped, hex, [::], localhost) would reach it if the crawler connected.
 */
export async function startIntranet(): Promise<Intranet> {
  const hits: string[] = [];
  const handler = (req: IncomingMessage, res: ServerResponse) => {
    hits.push(`${req.method} ${req.url}`);
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(`<html><head><title>内网OA系统 ${SECRET}</title></head><body>password: ${SECRET}</body></html>`);
  };
  const v4 = createServer(handler);
  await listen(v4, '127.0.0.1', 0);
  const port = (v4.address() as AddressInfo).port;
  const v6 = createServer(handler);
  // Machines without IPv6 loopback still test every IPv4 spelling.
  const hasV6 = await listen(v6, '::1', port).then(
    () => true,
    () => false,
  );
  const close = (s: Server) => new Promise<void>((r) => s.close(() => r()));
  return {
    port,
    hits,
    close: async () => {
      v4.closeAllConnections();
      v6.closeAllConnections();
      await Promise.all([close(v4), ...(hasV6 ? [close(v6)] : [])]);
    },
  };
}

export interface HostileSite {
  url: string;
  /** Times the file behind the download page was served. */
  downloadsServed(): number;
  close(): Promise<void>;
}

/**
 * A hacked site on another loopback port steering the crawler at the intranet service every way the issue
 * found: a redirect, links in other spellings, a robots.txt Sitemap line, and a rendered page whose script
 * fetches, loads an image, posts and opens popups there; another rendered page starts a download.
 */
export async function startSteeringSite(intranetPort: number): Promise<HostileSite> {
  const inside = (host: string, path: string) => `http://${host}:${intranetPort}${path}`;
  const links = [
    '/redirect',
    inside('[::ffff:7f00:1]', '/mapped'),
    inside('0x7f000001', '/hex'),
    inside('2130706433', '/decimal'),
    inside('localhost', '/name'),
    inside('[::]', '/unspecified'),
    inside('0.0.0.0', '/zero'),
    '/app.html',
    '/download.html',
  ];
  const script =
    `
    fetch(${JSON.stringify(inside('127.0.0.1', '/api'))}).catch(() => {});
    new Image().src = ${JSON.stringify(inside('127.0.0.1', '/pixel.png'))};
    const xhr = new XMLHttpRequest(); xhr.open('POST', ${JSON.stringify(inside('127.0.0.1', '/post'))}); xhr.send('x');
    window.open(${JSON.stringify(inside('127.0.0.1', '/popup'))});
    const b = document.createElement('a'); b.href = ${JSON.stringify(inside('127.0.0.1', '/blank'))}; b.target = ` +
    `'_blank';
    document.body.appendChild(b); b.click();`;
  let downloads = 0;
  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const html = (body: string) =>
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end(
          `<!doctype html><html><head><meta charset="utf-8"><title>某县人民政` +
            `府</title></head><body>${body}</body></html>`,
        );
    if (path === '/') return html(links.map((href) => `<a href="${href}">${href}</a>`).join(' '));
    if (path === '/redirect') return res.writeHead(302, { location: inside('127.0.0.1', '/redirected') }).end();
    if (path === '/robots.txt') {
      return res
        .writeHead(200, { 'content-type': 'text/plain' })
        .end(`User-agent: *\nSitemap: ${inside('127.0.0.1', '/sitemap.xml')}\n`);
    }
    if (path === '/app.html') return html(`<div id="app"></div><script>${script}</script>`);
    // A navigation to a file is what Chromium saves to ~/Downloads.
    if (path === '/download.html')
      return html('<script>setTimeout(() => { location.href = "/payload.bin"; }, 50);</script>');
    if (path === '/payload.bin') {
      downloads++;
      return res
        .writeHead(200, {
          'content-type': 'application/octet-stream',
          'content-disposition': 'attachment; filename=payload.bin',
        })
        .end('MZ-not-a-real-program');
    }
    res.writeHead(404, { 'content-type': 'text/html' }).end('<title>404</title>');
  });
  await listen(server, '127.0.0.1', 0);
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/`,
    downloadsServed: () => downloads,
    close: () =>
      new Promise<void>((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}
