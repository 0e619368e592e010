import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What a fixture host answers; `family` says which loopback address the request came in on. */
export type Pages = (path: string, family: 4 | 6) => { status?: number; html: string } | undefined;

export interface FixtureHost {
  port: number;
  close(): Promise<void>;
}

const familyOf = (req: IncomingMessage): 4 | 6 => (req.socket.localAddress?.includes(':') ? 6 : 4);

/**
 * One made-up host served on 127.0.0.1 and, when asked, on [::1] at the same port (a URL names one port
 * for both families). A host not served on ::1 refuses IPv6 connections.
 */
export async function serveHost(pages: Pages, families: readonly (4 | 6)[]): Promise<FixtureHost> {
  const handler = (req: IncomingMessage, res: import('node:http').ServerResponse) => {
    const page = pages(new URL(req.url ?? '/', 'http://x').pathname, familyOf(req));
    res.writeHead(page?.status ?? (page ? 200 : 404), { 'content-type': 'text/html; charset=utf-8' });
    res.end(page?.html ?? '<title>404</title><p>页面不存在</p>');
  };
  for (let attempt = 0; ; attempt++) {
    const v4 = createServer(handler);
    const port = await listen(v4, 0, '127.0.0.1');
    const servers = [v4];
    try {
      if (families.includes(6)) servers.push(await listenAt(createServer(handler), port, '::1'));
      return {
        port,
        close: () => Promise.all(servers.map((s) => new Promise((r) => s.close(r)))).then(() => undefined),
      };
    } catch (error) {
      // The port was free on 127.0.0.1 but taken on ::1: try another.
      await new Promise((r) => v4.close(r));
      if (attempt > 5) throw error;
    }
  }
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve((server.address() as AddressInfo).port));
  });
}

const listenAt = (server: Server, port: number, host: string) => listen(server, port, host).then(() => server);
