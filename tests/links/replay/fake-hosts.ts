import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';

/** A canned answer: a status, or a status with headers/body; status 0 drops the connection (network error). */
export type Mock = number | { status: number; headers?: Record<string, string>; body?: string; then?: number };

// 1×1 PNG: a mocked image must be an image, or govcheck rightly calls it broken.
const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8cf' +
    'c0f01f0005000200d5e1b2b10000000049454e44ae426082',
  'hex',
);
const IMAGE = /\.(png|jpe?g|gif|webp)$/i;

export interface HostSpec {
  /** Folder served as the site root (files win over mocks only when no mock names the path). */
  root?: string;
  /** Path → fixture file (relative to root), e.g. basetag pages served at /pageBase/index. */
  files?: Record<string, string>;
  mocks?: Record<string, Mock>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.js': 'text/javascript',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.png': 'image/png',
  '.webp': 'image/webp',
  '.xml': 'application/xml',
  '.md': 'text/markdown',
};

/**
 * The fixtures' made-up hosts (example.invalid, example.com …), each served by its own loopback server.
 * Served text has every fake host rewritten to its loopback address, so no request ever leaves the machine.
 */
export class FakeHosts {
  private readonly servers: Server[] = [];
  readonly origins = new Map<string, string>();
  /** Every URL asked for, with the fake host name. */
  readonly requested: string[] = [];

  async start(hosts: Record<string, HostSpec>): Promise<void> {
    for (const [name, spec] of Object.entries(hosts)) {
      const server = createServer((req, res) => {
        this.requested.push(`http://${name}${req.url ?? '/'}`);
        void this.answer(spec, req.url ?? '/', res);
      });
      await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
      this.servers.push(server);
      this.origins.set(name, `http://127.0.0.1:${(server.address() as AddressInfo).port}`);
    }
  }

  /** Rewrites fake hosts to their loopback origins (longest names first, whole host names only). */
  rewrite(text: string): string {
    const names = [...this.origins.keys()].sort((a, b) => b.length - a.length);
    let out = text;
    for (const name of names) {
      const host = name.replace(/\./g, '\\.');
      out = out.replace(new RegExp(`(https?:)?//${host}(?![\\w.-])`, 'gi'), this.origins.get(name)!);
    }
    return out;
  }

  /** The reverse of rewrite, for comparing reported URLs with the fixtures' expectations. */
  unrewrite(url: string): string {
    for (const [name, origin] of this.origins)
      if (url.startsWith(origin)) return `http://${name}${url.slice(origin.length)}`;
    return url;
  }

  origin(name: string): string {
    return this.origins.get(name)!;
  }

  async close(): Promise<void> {
    for (const s of this.servers) s.closeAllConnections();
    await Promise.all(this.servers.map((s) => new Promise((r) => s.close(r))));
  }

  private readonly hits = new Map<string, number>();

  private async answer(spec: HostSpec, rawUrl: string, res: import('node:http').ServerResponse): Promise<void> {
    const path = decodeURIComponent(new URL(rawUrl, 'http://x').pathname);
    const mock = spec.mocks?.[path];
    if (mock !== undefined) {
      const m = typeof mock === 'number' ? { status: mock } : mock;
      const count = (this.hits.get(rawUrl) ?? 0) + 1;
      this.hits.set(rawUrl, count);
      const status = m.then !== undefined && count > 1 ? m.then : m.status;
      if (status === 0) {
        res.socket?.destroy();
        return;
      }
      const image = m.body === undefined && IMAGE.test(path);
      res.writeHead(status, {
        'content-type': image ? 'image/png' : 'text/html; charset=utf-8',
        ...(count > 1 && m.then ? {} : m.headers),
      });
      res.end(image ? PNG : this.rewrite(m.body ?? '<!doctype html><title>ok</title><p>ok</p>'));
      return;
    }
    const file = spec.files?.[path] ?? (spec.root ? path.replace(/^\//, '') || 'index.html' : undefined);
    if (spec.root && file !== undefined) {
      let full = join(spec.root, file);
      try {
        if ((await stat(full)).isDirectory()) full = join(full, 'index.html');
        const bytes = await readFile(full);
        const type =
          TYPES[extname(full)] ?? (spec.files?.[path] ? 'text/html; charset=utf-8' : 'application/octet-stream');
        const body = /html|css|xml/.test(type) ? this.rewrite(bytes.toString('utf8')) : bytes;
        res.writeHead(200, { 'content-type': type });
        res.end(body);
        return;
      } catch {
        // fall through to 404
      }
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  }
}
