import { createServer, type Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { HostLimiter } from '../../crawler/fetch/host-limiter.ts';
import { HttpClient, type HttpClientOptions } from '../../crawler/fetch/http-client.ts';
import { backoffMs, parseRetryAfter, retryDelayMs } from '../../crawler/fetch/retry.ts';
import { gzipSync } from 'node:zlib';

let server: Server | undefined;
afterEach(() => new Promise<void>((ok) => (server ? server.close(() => ok()) : ok())));

async function serve(handler: Parameters<typeof createServer>[1]): Promise<string> {
  server = createServer(handler);
  await new Promise<void>((ok) => server!.listen(0, '127.0.0.1', ok));
  return `http://127.0.0.1:${(server.address() as { port: number }).port}`;
}

function busyFor(ms: number): void {
  for (const end = performance.now() + ms; performance.now() < end; );
}

const client = (over: Partial<HttpClientOptions> = {}) =>
  new HttpClient({
    userAgent: 'govcheck-test',
    timeoutMs: 2000,
    maxBytes: 1024 * 1024,
    maxRedirects: 5,
    retries: 2,
    retryBaseMs: 10,
    maxRetryAfterMs: 5000,
    limiter: new HostLimiter(4, 0),
    ...over,
  });

describe('retry policy', () => {
  it('parses Retry-After seconds and dates', () => {
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(new Date(Date.now() + 10_000).toUTCString(), Date.now())).toBeGreaterThan(8000);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
  it('backs off exponentially with jitter and caps what a server asks', () => {
    expect(backoffMs(0, 100, () => 1)).toBe(100);
    expect(backoffMs(3, 100, () => 0)).toBe(400);
    expect(retryDelayMs(0, '3600', 100, 5000)).toBe(5000);
  });
});

describe('HttpClient', () => {
  it('retries a 503, waiting as long as Retry-After asks', async () => {
    const times: number[] = [];
    const base = await serve((_, res) => {
      times.push(Date.now());
      if (times.length < 3) res.writeHead(503, { 'retry-after': '1' }).end();
      else res.writeHead(200, { 'content-type': 'text/html' }).end('ok');
    });
    const res = await client().fetch(`${base}/`);
    expect(res).toMatchObject({ status: 200, retries: 2 });
    expect(times[1] - times[0]).toBeGreaterThanOrEqual(950);
    expect(times[2] - times[1]).toBeGreaterThanOrEqual(950);
  });

  it('gives up after the configured retries and reports the last status', async () => {
    let hits = 0;
    const base = await serve((_, res) => {
      hits++;
      res.writeHead(429).end();
    });
    const res = await client({ retries: 1 }).fetch(`${base}/`);
    expect(res).toMatchObject({ status: 429, retries: 1 });
    expect(hits).toBe(2);
  });

  it('detects a redirect loop and a too-long chain', async () => {
    const base = await serve((req, res) => {
      const n = Number(req.url!.slice(1));
      res.writeHead(302, { location: req.url === '/a' ? '/b' : req.url === '/b' ? '/a' : `/${n + 1}` }).end();
    });
    expect(await client().fetch(`${base}/a`)).toMatchObject({
      error: 'redirect-loop',
      redirects: [`${base}/a`, `${base}/b`, `${base}/a`],
    });
    expect((await client({ maxRedirects: 3 }).fetch(`${base}/1`)).error).toBe('too-many-redirects');
  });

  it('times out a server that never answers', async () => {
    const base = await serve(() => undefined);
    const res = await client({ timeoutMs: 300, retries: 0 }).fetch(`${base}/`);
    expect(res.error).toBe('timeout');
  });

  it('times out a body that trickles in (slowloris) instead of calling it cut off', async () => {
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).write('<html>');
      const drip = setInterval(() => res.write('a'), 50);
      res.on('close', () => clearInterval(drip));
    });
    const res = await client({ timeoutMs: 300, retries: 0 }).fetch(`${base}/`);
    expect(res).toMatchObject({ status: 0, error: 'timeout', errorMessage: 'no complete response within 600 ms' });
    expect(res.truncated).toBeUndefined();
  });

  it('does not expire a response that arrived while the process was busy past the deadline', async () => {
    const base = await serve((_, res) => {
      res.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
      // The client shares this event loop: block it well past the client's 2.4 s overall deadline.
      busyFor(3000);
    });
    const res = await client({ timeoutMs: 1200, retries: 0 }).fetch(`${base}/`);
    expect(res.error).toBeUndefined();
    expect(Buffer.from(res.body!).toString()).toBe('<p>ok</p>');
  });

  it('asks once more after a connection reset, even with no retries left, then reports the reset', async () => {
    let hits = 0;
    const base = await serve((req, res) => {
      hits++;
      if (hits === 1 || req.url === '/always') req.socket.destroy();
      else res.end('ok');
    });
    expect(await client({ retries: 0 }).fetch(`${base}/`)).toMatchObject({ status: 200 });
    expect((await client({ retries: 0 }).fetch(`${base}/always`)).error).toBe('reset');
  });

  it('classifies a refused connection', async () => {
    expect((await client({ retries: 0 }).fetch('http://127.0.0.1:1/')).error).toBe('refused');
  });

  it('stops reading at the size cap, also inside gzip (no bomb)', async () => {
    const bomb = gzipSync(Buffer.alloc(20 * 1024 * 1024, 0x20));
    const base = await serve((_, res) =>
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/html' }).end(bomb),
    );
    const res = await client({ maxBytes: 64 * 1024 }).fetch(`${base}/`);
    expect(res.truncated).toBe(true);
    expect(res.body?.length).toBe(64 * 1024);
  });

  it('tells the limiter when the request is written, before the site has it', async () => {
    const events: string[] = [];
    const base = await serve((_, res) => {
      events.push('site has it');
      setTimeout(() => res.end('x'), 20);
    });
    const inner = new HostLimiter(1, 50);
    const c = client({
      limiter: {
        run: (host, task) =>
          inner.run(host, (sent) =>
            task(() => {
              events.push('sent');
              sent();
            }),
          ),
      },
    });
    await c.fetch(`${base}/a`);
    events.push('answered');
    expect(events).toEqual(['sent', 'site has it', 'answered']);
  });

  it('keeps per-host concurrency and delay', async () => {
    let active = 0;
    let peak = 0;
    const starts: number[] = [];
    const base = await serve((_, res) => {
      active++;
      peak = Math.max(peak, active);
      starts.push(Date.now());
      setTimeout(() => {
        active--;
        res.end('x');
      }, 30);
    });
    const c = client({ limiter: new HostLimiter(2, 50) });
    await Promise.all(Array.from({ length: 6 }, (_, i) => c.fetch(`${base}/${i}`)));
    expect(peak).toBeLessThanOrEqual(2);
    starts.sort((a, b) => a - b);
    // The limiter spaces sends 50 ms apart; the server notes them with some scheduling jitter.
    for (let i = 1; i < starts.length; i++) expect(starts[i] - starts[i - 1]).toBeGreaterThanOrEqual(30);
    expect(starts[starts.length - 1] - starts[0]).toBeGreaterThanOrEqual(5 * 45);
  });
});
