import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import iconv from 'iconv-lite';

/**
 * Serves a folder of fixture pages on loopback. `_server.json` in the folder can set, per path: a status,
 * a redirect, extra headers, or an encoding the UTF-8 source is served in (e.g. "gbk", as county sites do).
 */
export interface SiteRules {
  status?: Record<string, number>;
  redirects?: Record<string, string>;
  headers?: Record<string, Record<string, string>>;
  encodings?: Record<string, string>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.htm': 'text/html',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.gif': 'image/gif',
  '.svg': 'image/svg+xml',
  '.pdf': 'application/pdf',
  '.xml': 'application/xml',
  '.txt': 'text/plain',
  '.json': 'application/json',
};

export interface RunningSite {
  server: Server;
  url: string;
  port: number;
  close(): Promise<void>;
}

export async function serveStaticSite(root: string, port = 0, host = '127.0.0.1'): Promise<RunningSite> {
  const base = resolve(root);
  const rules: SiteRules = await readFile(join(base, '_server.json'), 'utf8').then(JSON.parse, () => ({}));
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const redirect = rules.redirects?.[path];
    if (redirect) {
      res.writeHead(302, { location: redirect }).end();
      return;
    }
    const file = normalize(join(base, path.endsWith('/') ? `${path}index.html` : path));
    const status = rules.status?.[path];
    const found =
      file.startsWith(base) &&
      !file.endsWith('_server.json') &&
      (await stat(file).then(
        (s) => s.isFile(),
        () => false,
      ));
    if (!found) {
      res.writeHead(status ?? 404, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>404 Not Found</h1>');
      return;
    }
    const encoding = rules.encodings?.[path];
    const source = await readFile(file);
    const body = encoding ? iconv.encode(source.toString('utf8'), encoding) : source;
    const type = TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream';
    res.writeHead(status ?? 200, {
      'content-type': encoding || !type.startsWith('text/') ? type : `${type}; charset=utf-8`,
      ...rules.headers?.[path],
    });
    res.end(body);
  });
  await new Promise<void>((ok) => server.listen(port, host, ok));
  const actualPort = (server.address() as { port: number }).port;
  return {
    server,
    port: actualPort,
    url: `http://${host}:${actualPort}/`,
    close: () =>
      new Promise((ok) => {
        server.closeAllConnections();
        server.close(() => ok());
      }),
  };
}
