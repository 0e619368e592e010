import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { LookupFunction } from 'node:net';
import type { Readable } from 'node:stream';
import { Agent, request } from 'undici';
import type { ProbeError } from '../../shared/checks/link-probe.ts';
import { PRIVATE_ADDRESS_CODE, type AddressPolicy } from './address-policy.ts';
import { DeadlineError, Deadlines } from './deadlines.ts';
import type { RequestLimiter } from './host-limiter.ts';
import { RETRY_STATUSES, retryDelayMs } from './retry.ts';
import { noticingSend } from './send-notice.ts';

export interface HttpClientOptions {
  userAgent: string;
  timeoutMs: number;
  /** Largest (decompressed) body read; more is cut off and flagged. */
  maxBytes: number;
  maxRedirects: number;
  retries: number;
  retryBaseMs: number;
  /** Longest Retry-After honoured; a server asking for more gets this. */
  maxRetryAfterMs: number;
  limiter: RequestLimiter;
  /** Name resolution for connections (the IPv6 check forces one address family through it); node's by default. */
  lookup?: LookupFunction;
  /** Which addresses connections may go to (checked after DNS, for every hop); unchecked when absent. */
  policy?: AddressPolicy;
}

export type BodyMode = 'full' | 'sample' | 'none';

export interface HttpResponse {
  url: string;
  finalUrl: string;
  status: number;
  headers: Record<string, string>;
  redirects: string[];
  body?: Uint8Array;
  /** The body was longer than allowed (full) or than the sample. */
  truncated?: boolean;
  error?: ProbeError;
  errorMessage?: string;
  retries: number;
}

type Hop = Pick<HttpResponse, 'status' | 'headers' | 'body' | 'truncated' | 'error' | 'errorMessage'>;

const SAMPLE_BYTES = 16 * 1024;
const REDIRECT = new Set([301, 302, 303, 307, 308]);

/** Maps undici/node errors to the link-probe vocabulary. */
export function classifyError(error: unknown): ProbeError {
  const e = error as { code?: string; name?: string; cause?: { code?: string } };
  const code = e?.code ?? e?.cause?.code ?? '';
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN' || code === 'EAI_NONAME') return 'dns';
  if (code === PRIVATE_ADDRESS_CODE) return 'private-address';
  if (code === 'ECONNREFUSED') return 'refused';
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE') return 'reset';
  if (/TIMEOUT/.test(code) || e?.name === 'TimeoutError' || code === 'ETIMEDOUT') return 'timeout';
  if (/^(ERR_TLS|ERR_SSL|CERT_|DEPTH_ZERO|UNABLE_TO|SELF_SIGNED)/.test(code)) return 'tls';
  if (code === 'ERR_INVALID_URL') return 'bad-url';
  return 'other';
}

/** One HTTP client per crawl: shared connection pool, shared politeness, manual redirects, retries. */
export class HttpClient {
  private readonly agent: Agent;
  private readonly deadlines = new Deadlines();

  constructor(private readonly options: HttpClientOptions) {
    const connect = {
      timeout: options.timeoutMs,
      rejectUnauthorized: true,
      ...(options.lookup ? { lookup: options.lookup } : {}),
    };
    this.agent = new Agent({
      connections: 16,
      headersTimeout: options.timeoutMs,
      bodyTimeout: options.timeoutMs,
      connect: options.policy ? options.policy.connector(connect) : connect,
    });
  }

  /** GET url following redirects; `maxBytes` overrides the client's body cap for this request. */
  async fetch(
    url: string,
    mode: BodyMode = 'full',
    extraHeaders: Record<string, string> = {},
    maxBytes?: number,
  ): Promise<HttpResponse> {
    let retries = 0;
    let resetRetried = false;
    for (;;) {
      const response = await this.followRedirects(url, mode, extraHeaders, maxBytes ?? this.options.maxBytes);
      // A reset on a kept-alive connection the server had just closed is no verdict on the URL: ask once
      // more at once, as browsers do, whatever the retry budget.
      if (response.error === 'reset' && !resetRetried) {
        resetRetried = true;
        continue;
      }
      const retryable =
        RETRY_STATUSES.has(response.status) || response.error === 'reset' || response.error === 'timeout';
      if (!retryable || retries >= this.options.retries) return { ...response, retries };
      await sleep(
        retryDelayMs(retries, response.headers['retry-after'], this.options.retryBaseMs, this.options.maxRetryAfterMs),
      );
      retries++;
    }
  }

  close(): Promise<void> {
    return this.agent.close();
  }

  private async followRedirects(
    url: string,
    mode: BodyMode,
    extraHeaders: Record<string, string>,
    maxBytes: number,
  ): Promise<Omit<HttpResponse, 'retries'>> {
    const redirects = [url];
    let current = url;
    for (;;) {
      const hop = await this.once(current, mode, extraHeaders, maxBytes);
      const location = hop.headers.location;
      if (hop.error || !REDIRECT.has(hop.status) || !location) return { ...hop, url, finalUrl: current, redirects };
      let next: string;
      try {
        next = new URL(location, current).href;
      } catch {
        return {
          ...hop,
          url,
          finalUrl: current,
          redirects,
          error: 'bad-url',
          errorMessage: `bad Location: ${location}`,
        };
      }
      if (redirects.includes(next)) {
        return {
          ...hop,
          url,
          finalUrl: next,
          redirects: [...redirects, next],
          error: 'redirect-loop',
          errorMessage: `loop back to ${next}`,
        };
      }
      redirects.push(next);
      if (redirects.length > this.options.maxRedirects + 1) {
        return {
          ...hop,
          url,
          finalUrl: next,
          redirects,
          error: 'too-many-redirects',
          errorMessage: `${redirects.length - 1} redirects`,
        };
      }
      current = next;
    }
  }

  private once(url: string, mode: BodyMode, extraHeaders: Record<string, string>, maxBytes: number): Promise<Hop> {
    let host: string;
    try {
      host = new URL(url).host;
    } catch {
      return Promise.resolve({ status: 0, headers: {}, error: 'bad-url', errorMessage: url });
    }
    return this.options.limiter.run(host, async (sent) => {
      // A server that trickles bytes (slowloris) must not hold a worker longer than the time limit:
      // undici's timeouts are per chunk, this one is for the whole response.
      const deadline = this.deadlines.start(this.options.timeoutMs * 2);
      const { signal } = deadline;
      try {
        const res = await request(url, {
          method: 'GET',
          // The limiter's --delay counts from when the request is written, not from when it was let go.
          dispatcher: noticingSend(this.agent, sent),
          signal,
          headers: {
            'user-agent': this.options.userAgent,
            'accept-encoding': 'gzip, deflate, br',
            accept: 'text/html,application/xhtml+xml,*/*;q=0.8',
            ...extraHeaders,
          },
        });
        const headers = flattenHeaders(res.headers);
        if (mode === 'none' || REDIRECT.has(res.statusCode)) {
          // dump() drains a small body so the connection is reused, and aborts a large one.
          await res.body.dump({ limit: SAMPLE_BYTES }).catch(() => undefined);
          return { status: res.statusCode, headers };
        }
        const limit = mode === 'sample' ? SAMPLE_BYTES : maxBytes;
        const { body, truncated } = await readBody(res.body, headers['content-encoding'], limit, signal);
        return { status: res.statusCode, headers, body, ...(truncated ? { truncated } : {}) };
      } catch (error) {
        // The deadline's own reason, not whatever undici wrapped it in.
        const cause = signal.reason instanceof DeadlineError ? signal.reason : error;
        return { status: 0, headers: {}, error: classifyError(cause), errorMessage: (cause as Error).message };
      } finally {
        deadline.clear();
      }
    });
  }
}

function flattenHeaders(raw: Record<string, string | string[] | undefined>): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(raw)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

/** Reads at most `limit` decompressed bytes (a gzip bomb stops at the limit, not at the end). */
async function readBody(
  raw: Readable,
  encoding: string | undefined,
  limit: number,
  signal: AbortSignal,
): Promise<{ body: Uint8Array; truncated: boolean }> {
  const decoder =
    encoding === 'gzip' || encoding === 'x-gzip'
      ? createGunzip()
      : encoding === 'deflate'
        ? createInflate()
        : encoding === 'br'
          ? createBrotliDecompress()
          : undefined;
  const stream: Readable = decoder ? raw.pipe(decoder) : raw;
  if (decoder) raw.on('error', (e) => decoder.destroy(e));
  const chunks: Buffer[] = [];
  let size = 0;
  let truncated = false;
  try {
    for await (const chunk of stream) {
      const buf = chunk as Buffer;
      if (size + buf.length > limit) {
        chunks.push(buf.subarray(0, limit - size));
        size = limit;
        truncated = true;
        break;
      }
      chunks.push(buf);
      size += buf.length;
    }
  } catch (error) {
    // A broken compressed stream still yields what arrived; the truncation flag tells the caller.
    // A body still trickling at the deadline is a timeout, not a cut-off page.
    if (!size || signal.aborted) throw error;
    truncated = true;
  } finally {
    // Destroying an unfinished body emits an abort error; nobody needs it.
    raw.on('error', () => undefined).destroy();
    decoder?.on('error', () => undefined).destroy();
  }
  return { body: Buffer.concat(chunks, size), truncated };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
