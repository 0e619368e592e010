import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from 'node:http';
import { connect, type AddressInfo, type LookupFunction, type Socket } from 'node:net';
import { isNonPublicIp } from '../../shared/links/addresses.ts';
import { PrivateAddressError, type AddressPolicy } from '../fetch/address-policy.ts';

export interface GuardProxyOptions {
  policy: AddressPolicy;
  /** With --external none: what may be asked for at all (the site's own URLs). */
  ownSite?: (url: string) => boolean;
  /** Told of every request refused for its address (not those refused as external). */
  onRefused?: (url: string) => void;
}

/** How a connection to this destination may be opened: through which lookup, or not at all. */
type Route = { lookup?: LookupFunction } | { refused: Error };

/**
 * The HTTP proxy Chromium is launched behind (with no bypass, loopback included): whatever Chromium sends
 * itself, which request interception never sees or lets through (popups and their favicons, workers,
 * WebSockets, a page's POSTs, borrowed tabs' navigations), connects from here under the crawl's address
 * policy, after DNS. Refused connections get a 403 and are never opened.
 */
export class GuardProxy {
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    private readonly options: GuardProxyOptions,
  ) {}

  static async start(options: GuardProxyOptions): Promise<GuardProxy> {
    const server = createServer();
    const proxy = new GuardProxy(server, options);
    server.on('request', (req, res) => proxy.forward(req, res));
    server.on('connect', (req: IncomingMessage, socket: Socket, head: Buffer) => proxy.tunnel(req, socket, head));
    server.on('connection', (socket: Socket) => {
      proxy.sockets.add(socket);
      socket.once('close', () => proxy.sockets.delete(socket));
    });
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(0, '127.0.0.1', () => resolve()));
    return proxy;
  }

  /** Chromium's flags for this proxy: every request through it, loopback included. */
  get chromiumFlags(): string[] {
    const { port } = this.server.address() as AddressInfo;
    return [`--proxy-server=http://127.0.0.1:${port}`, '--proxy-bypass-list=<-loopback>'];
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private route(url: URL): Route {
    const { policy, ownSite } = this.options;
    if (ownSite && !ownSite(url.href)) return { refused: new Error(`external (--external none): ${url.host}`) };
    const protocol = url.protocol.replace(/^ws/, 'http');
    if (policy.exempts(protocol, url.hostname, url.port)) return {};
    if (isNonPublicIp(url.hostname)) return { refused: new PrivateAddressError(url.hostname, url.hostname) };
    return { lookup: policy.guardLookup() };
  }

  private refused(url: URL, error: Error): void {
    if (error instanceof PrivateAddressError) this.options.onRefused?.(url.href);
  }

  /** A plain-HTTP request in absolute form. */
  private forward(req: IncomingMessage, res: ServerResponse): void {
    let url: URL;
    try {
      url = new URL(req.url ?? '');
    } catch {
      res.writeHead(400).end();
      return;
    }
    const route = this.route(url);
    const refuse = (error: Error) => {
      this.refused(url, error);
      if (!res.headersSent) res.writeHead(403, { 'content-type': 'text/plain' });
      res.end('refused by govcheck');
    };
    if ('refused' in route) return refuse(route.refused);
    const upstream = httpRequest(
      {
        hostname: url.hostname.replace(/^\[(.*)\]$/, '$1'),
        port: url.port || 80,
        path: `${url.pathname}${url.search}`,
        method: req.method,
        headers: req.headers,
        agent: false,
        ...(route.lookup ? { lookup: route.lookup } : {}),
      },
      (answer) => {
        res.writeHead(answer.statusCode ?? 502, answer.headers);
        answer.pipe(res);
      },
    );
    upstream.on('error', refuse);
    req.pipe(upstream);
  }

  /** CONNECT host:port (HTTPS, WebSockets): a tunnel, opened only where the policy allows. */
  private tunnel(req: IncomingMessage, socket: Socket, head: Buffer): void {
    socket.on('error', () => undefined);
    let url: URL;
    try {
      url = new URL(`https://${req.url ?? ''}`);
    } catch {
      socket.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    const route = this.route(url);
    const refuse = (error: Error) => {
      this.refused(url, error);
      socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
    };
    if ('refused' in route) return refuse(route.refused);
    const upstream = connect({
      host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
      port: Number(url.port || 443),
      ...(route.lookup ? { lookup: route.lookup } : {}),
    });
    upstream.once('error', refuse);
    upstream.once('connect', () => {
      upstream.off('error', refuse).on('error', () => socket.destroy());
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) upstream.write(head);
      upstream.pipe(socket).pipe(upstream);
    });
    socket.once('close', () => upstream.destroy());
  }
}
