import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AddressPolicy } from '../../crawler/fetch/address-policy.ts';
import { GuardProxy } from '../../crawler/render/guard-proxy.ts';

let target: Server;
let port = 0;
let proxy: GuardProxy;
const refused: string[] = [];
const hits: string[] = [];

/** The port a proxy listens on, from the flag Chromium is given. */
const portOf = (guard: GuardProxy) => Number(/127\.0\.0\.1:(\d+)/.exec(guard.chromiumFlags[0]!)![1]);

/** A plain-HTTP GET of `url` through `guard`; gives the status it answered. */
function getThrough(guard: GuardProxy, url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request({ host: '127.0.0.1', port: portOf(guard), path: url }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    })
      .on('error', reject)
      .end();
  });
}

/** Asks the proxy to CONNECT to `authority`; gives the status it answered. */
function connectThrough(authority: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port: portOf(proxy), method: 'CONNECT', path: authority });
    req.on('connect', (res, socket) => {
      socket.destroy();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  target = createServer((req, res) => {
    hits.push(req.url ?? '');
    res.end('inside');
  });
  await new Promise<void>((r) => target.listen(0, '127.0.0.1', r));
  port = (target.address() as AddressInfo).port;
  // The crawl started on another loopback port: this one is someone else's service.
  const policy = new AddressPolicy({ startUrl: 'http://127.0.0.1:1/', allowPrivate: [] });
  proxy = await GuardProxy.start({ policy, onRefused: (url) => refused.push(url) });
});
afterAll(async () => {
  await proxy.close();
  target.close();
});

describe('the guard proxy Chromium sends its own requests through', () => {
  it('refuses tunnels (HTTPS, WebSockets) to intranet addresses in any spelling, and says so', async () => {
    for (const authority of [`127.0.0.1:${port}`, `[::ffff:7f00:1]:${port}`, `localhost:${port}`]) {
      expect(await connectThrough(authority), authority).toBe(403);
    }
    expect(refused).toHaveLength(3);
    expect(hits).toEqual([]);
  });

  it('refuses plain HTTP to an intranet address, and forwards to an allowed one', async () => {
    expect(await getThrough(proxy, `http://127.0.0.1:${port}/secret`)).toBe(403);
    expect(hits).toEqual([]);
    const open = await GuardProxy.start({ policy: new AddressPolicy({ startUrl: `http://127.0.0.1:${port}/` }) });
    const status = await getThrough(open, `http://127.0.0.1:${port}/page`);
    await open.close();
    expect(status).toBe(200);
    expect(hits).toEqual(['/page']);
  });
});
