import { Worker } from 'node:worker_threads';

/** One request as the fixture server saw it; times in ms since the epoch, comparable with `now()`. */
export interface LoggedRequest {
  path: string;
  start: number;
  end: number;
  status: number;
  /** Tells senders apart: Chromium's network stack asks for zstd, the crawl's HTTP client does not. */
  acceptEncoding: string;
  /** The crawl's own requests ask for HTML first; a tab's carry what Chromium accepts for the resource. */
  accept: string;
  cookie?: string;
}

export interface Answer {
  status: number;
  headers: Record<string, string | string[]>;
  body: string;
  /** `body` is base64 (bytes that are not UTF-8 text: images, GBK pages). */
  base64?: boolean;
}

/**
 * What the site answers to the `nth` request for `path` (1 for the first). Sent to the server thread as
 * source text, so it must not use anything from its surroundings but `data` (JSON-cloneable).
 */
export type Answerer<D = undefined> = (path: string, nth: number, data: D) => Answer;

export interface LoggedSite {
  origin: string;
  /** Every request so far, in arrival order. */
  log(): Promise<LoggedRequest[]>;
  close(): Promise<void>;
}

// `__name`: the helper esbuild inserts into compiled functions to keep their names; the thread lacks it.
const SERVER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const { createServer } = require('node:http');
const __name = (f) => f;
const now = () => performance.timeOrigin + performance.now();
const answer = eval('(' + workerData.answerer + ')');
const log = [];
const asked = new Map();
const server = createServer((req, res) => {
  const entry = { path: req.url, start: now(), end: 0, status: 0, acceptEncoding: req.headers['accept-encoding'] ?? '',
    accept: req.headers.accept ?? '', cookie: req.headers.cookie };
  log.push(entry);
  asked.set(req.url, (asked.get(req.url) ?? 0) + 1);
  const { status, headers, body, base64 } = answer(req.url, asked.get(req.url), workerData.data);
  entry.status = status;
  setTimeout(() => {
    entry.end = now();
    res.writeHead(status, headers).end(base64 ? Buffer.from(body, 'base64') : body);
  }, workerData.latencyMs);
});
server.listen(0, '127.0.0.1', () => parentPort.postMessage({ port: server.address().port }));
parentPort.on('message', (message) => {
  if (message === 'log') parentPort.postMessage({ log });
  if (message === 'close') server.close(() => parentPort.close());
});
`;

/** High-resolution time on the same scale as the server's log, from any thread. */
export const now = () => performance.timeOrigin + performance.now();

/**
 * A fixture site served from its own thread, logging when each request arrived and was answered. Its
 * clock runs on a thread the crawl does not use, so a busy crawl cannot make two arrivals look closer (or
 * further apart) than they were. Every answer takes `latencyMs`, so requests overlap if nothing stops them.
 */
export async function serveLogged<D>(answerer: Answerer<D>, latencyMs: number, data?: D): Promise<LoggedSite> {
  const worker = new Worker(SERVER_SOURCE, {
    eval: true,
    workerData: { answerer: answerer.toString(), latencyMs, data },
  });
  const next = <T>() =>
    new Promise<T>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  const { port } = await next<{ port: number }>();
  return {
    origin: `http://127.0.0.1:${port}`,
    log: async () => {
      const reply = next<{ log: LoggedRequest[] }>();
      worker.postMessage('log');
      return (await reply).log;
    },
    close: async () => {
      worker.postMessage('close');
      await new Promise((resolve) => worker.once('exit', resolve));
    },
  };
}
