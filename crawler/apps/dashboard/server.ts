import { randomBytes } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { SitesConfig } from '../sites/sites-config.ts';
import { CrawlQueue } from './crawl-queue.ts';
import {
  attachmentHeader,
  CONTENT_TYPE,
  downloadName,
  isReportFormat,
  noticesZip,
  renderDownload,
} from './downloads.ts';
import { runForDisplay } from './run-evidence.ts';
import { bulletinName, renderBulletin, type BulletinFormat } from '../bulletin/bulletin-command.ts';
import { chinaToday } from '../../../shared/report/rows.ts';
import { langOf, translator } from './i18n.ts';
import { runPage, siteListPage, sitePage, type PageContext } from './pages.ts';
import {
  AUTH_COOKIE,
  authorized,
  crossSite,
  hostAllowed,
  isLoopbackBind,
  readForm,
  tokenMatches,
} from './request-guard.ts';
import { DASHBOARD_CSP } from './render.ts';
import { GateFullError, RenderGate } from './render-gate.ts';
import type { RunStore } from './run-store.ts';
import { configuredSite, siteHref } from './site-model.ts';

export interface DashboardOptions {
  store: RunStore;
  /** The sites file: names sites, and is what re-crawls run from (without it the dashboard is read-only). */
  config?: SitesConfig;
  host?: string;
  port?: number;
  /** Defaults to 24 random bytes; tests may pass their own. */
  token?: string;
  /** Bound off loopback: HTTP Basic with this password is accepted besides the token (GOVCHECK_DASHBOARD_PASSWORD). */
  password?: string;
  /** Every page needs the token or the password; by default only when bound off loopback. */
  requireAuth?: boolean;
  log?: (line: string) => void;
}

export interface Dashboard {
  /** http://host:port/ */
  url: string;
  token: string;
  queue?: CrawlQueue;
  /** Stops serving; a crawl the queue is running goes on until it ends (await queue.whenIdle() to wait). */
  close(): Promise<void>;
}

const HEADERS = {
  'content-security-policy': DASHBOARD_CSP,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'same-origin',
  'cache-control': 'no-store',
};

/** Starts the dashboard. It only reads the store and runs configured sites; it never fetches a URL a browser sent. */
export async function startDashboard(options: DashboardOptions): Promise<Dashboard> {
  const host = options.host ?? '127.0.0.1';
  const token = options.token ?? randomBytes(24).toString('base64url');
  const log = options.log ?? (() => undefined);
  const queue = options.config ? new CrawlQueue(options.config, log) : undefined;
  // Off loopback, anyone on the network could read every site's findings: every page needs the token or password.
  const guarded = options.requireAuth ?? !isLoopbackBind(host);
  const credentials = { token, ...(options.password ? { password: options.password } : {}) };
  const renders = new RenderGate();
  let port = 0;
  const server: Server = createServer((req, res) => {
    handle(req, res).catch((error) => {
      log(`dashboard: ${(error as Error).stack ?? String(error)}`);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', 'internal error');
      else res.end();
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!hostAllowed(req, host, port)) return send(res, 421, 'text/plain; charset=utf-8', 'unexpected Host header');
    const url = new URL(req.url ?? '/', 'http://dashboard.invalid');
    if (guarded && !authorized(req, url, credentials)) return askForCredentials(res);
    if (guarded && url.searchParams.has('token')) {
      return keepToken(res, url, tokenMatches(url.searchParams.get('token'), token));
    }
    const lang = langOf(req.headers.cookie);
    const context: PageContext = { store: options.store, config: options.config, t: translator(lang), lang };
    if (req.method === 'POST' && url.pathname === '/recrawl') return recrawl(req, res);
    if (req.method !== 'GET' && req.method !== 'HEAD')
      return send(res, 405, 'text/plain; charset=utf-8', 'method not allowed');
    const download = /^\/run\/(\d+)\/download\/([a-z]+)$/.exec(url.pathname);
    const bulletin = /^\/bulletin\/(docx|pdf|xlsx)$/.exec(url.pathname);
    const run = /^\/run\/(\d+)$/.exec(url.pathname);
    let html: string | undefined;
    if (url.pathname === '/') html = await siteListPage(context);
    else if (url.pathname === '/site') html = await sitePage(context, url.searchParams);
    else if (run) html = await runPage(context, Number(run[1]));
    else if (url.pathname === '/api/progress')
      return send(res, 200, 'application/json; charset=utf-8', JSON.stringify(await progress()));
    else if (download) return sendDownload(req, res, Number(download[1]), download[2]);
    else if (bulletin) return sendBulletin(req, res, bulletin[1] as BulletinFormat);
    if (html === undefined) return send(res, 404, 'text/plain; charset=utf-8', `${context.t('notFound')}`);
    send(res, 200, 'text/html; charset=utf-8', html);
  }

  async function recrawl(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const form = await readForm(req);
    const given = req.headers['x-govcheck-token'] ?? form?.get('token');
    if (crossSite(req) || !tokenMatches(typeof given === 'string' ? given : undefined, token)) {
      return send(
        res,
        403,
        'text/plain; charset=utf-8',
        '需要启动时打印的令牌 / the token printed at start-up is required',
      );
    }
    const site = options.config?.sites.find((s) => s.name === form?.get('site'));
    if (!site || !queue) return send(res, 404, 'text/plain; charset=utf-8', 'no such configured site');
    const queued = queue.enqueue(site);
    log(`dashboard: ${queued ? 'queued' : 'already queued'} ${site.name}`);
    res.writeHead(303, { ...HEADERS, location: siteHref(new URL(site.url).href) }).end();
  }

  async function progress() {
    const runs = await options.store.progress();
    return {
      queue: queue?.entries() ?? [],
      runs: runs.map((r) => ({ ...r, site: configuredSite(options.config, r.startUrl)?.name ?? r.startUrl })),
      outcomes: queue?.outcomes ?? [],
    };
  }

  /** A report file of a run, or (zip) every 整改通知 of it, named after the site and the crawl day. */
  async function sendDownload(req: IncomingMessage, res: ServerResponse, runId: number, format: string): Promise<void> {
    const run = await options.store.run(runId);
    if (!run?.report || !(isReportFormat(format) || format === 'zip'))
      return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    const shown = await runForDisplay(run.report, options.config, configuredSite(options.config, run.startUrl));
    return sendRendered(req, res, downloadName(run.report, format), CONTENT_TYPE[format], () =>
      format === 'zip' ? noticesZip(shown.report, shown.options) : renderDownload(shown.report, format, shown.options),
    );
  }

  /** The 通报 of the latest round of the configured sites (govcheck bulletin), written on demand. */
  async function sendBulletin(req: IncomingMessage, res: ServerResponse, format: BulletinFormat): Promise<void> {
    const config = options.config;
    if (!config) return send(res, 404, 'text/plain; charset=utf-8', 'not found');
    const date = chinaToday();
    return sendRendered(req, res, bulletinName(date, format), CONTENT_TYPE[format], () =>
      renderBulletin(config, format, 'latest', date),
    );
  }

  /** A file written on demand, one render at a time (renders gate), as an attachment named `name`. */
  async function sendRendered(
    req: IncomingMessage,
    res: ServerResponse,
    name: string,
    type: string,
    render: () => Promise<Buffer | Uint8Array | string>,
  ): Promise<void> {
    // A link or image on another site must not make the browser render reports here (a PDF is a Chromium launch).
    if (crossSite(req))
      return send(res, 403, 'text/plain; charset=utf-8', '不接受来自其他网站的下载请求 / cross-site download refused');
    let body: Buffer | Uint8Array | string;
    try {
      body = await renders.run(render);
    } catch (error) {
      if (!(error instanceof GateFullError)) throw error;
      res
        .writeHead(503, { ...HEADERS, 'content-type': 'text/plain; charset=utf-8', 'retry-after': '10' })
        .end('正在生成其他报告，请稍后再试 / other reports are being generated, try again shortly');
      return;
    }
    res.writeHead(200, { ...HEADERS, 'content-type': type, 'content-disposition': attachmentHeader(name) }).end(body);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject).listen(options.port ?? 0, host, () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host;
  return {
    url: `http://${shown}:${port}/`,
    token,
    ...(queue ? { queue } : {}),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

function askForCredentials(res: ServerResponse): void {
  res
    .writeHead(401, {
      ...HEADERS,
      'content-type': 'text/plain; charset=utf-8',
      'www-authenticate': 'Basic realm="govcheck"',
    })
    .end(
      '请使用启动时打印的带令牌地址或配置的密码 / open the address with the token printed at start-up, or give the' +
        ' password',
    );
}

/** The printed link's token becomes a cookie of this dashboard only, and leaves the address bar (and history). */
function keepToken(res: ServerResponse, url: URL, valid: boolean): void {
  const token = url.searchParams.get('token') ?? '';
  url.searchParams.delete('token');
  res
    .writeHead(303, {
      ...HEADERS,
      location: `${url.pathname}${url.search}`,
      ...(valid ? { 'set-cookie': `${AUTH_COOKIE}=${token}; HttpOnly; SameSite=Strict; Path=/` } : {}),
    })
    .end();
}

function send(res: ServerResponse, status: number, type: string, body: string): void {
  res.writeHead(status, { ...HEADERS, 'content-type': type }).end(body);
}
