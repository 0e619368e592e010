import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { HostLimiter } from '../../../crawler/fetch/host-limiter.ts';
import { HttpClient } from '../../../crawler/fetch/http-client.ts';

export interface FixtureServer {
  url: string;
  close(): Promise<void>;
}

/** HTML to serve, a redirect, or undefined for 404. */
export type FixtureAnswer = string | { location: string } | undefined;

/** Serves pages on 127.0.0.1:0; `page` picks the answer from the request (path, User-Agent, Referer). */
export async function serveFixtures(
  page: (req: IncomingMessage, base: string) => FixtureAnswer,
): Promise<FixtureServer> {
  const server: Server = createServer((req, res) => {
    const answer = page(req, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    if (typeof answer === 'object') {
      res.writeHead(302, { location: answer.location });
      res.end();
      return;
    }
    res.writeHead(answer === undefined ? 404 : 200, { 'content-type': 'text/html; charset=utf-8' });
    res.end(answer ?? 'not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export function testClient(): HttpClient {
  return new HttpClient({
    userAgent: 'govcheck-test',
    timeoutMs: 5000,
    maxBytes: 2_000_000,
    maxRedirects: 5,
    retries: 0,
    retryBaseMs: 10,
    maxRetryAfterMs: 10,
    limiter: new HostLimiter(8, 0),
  });
}

export const pageHtml = (body: string, head = '<title>通知公告</title>') =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
