import type { Worker } from 'node:worker_threads';
import type { AttachmentProblem } from '../../shared/checks/attachment-readable/problem.ts';
import type { AttachmentFormat } from './attachment-format.ts';
import type { AttachmentLimits, ExtractedDocument } from './extracted.ts';
import type { ReadAnswer, ReadJob } from './reader-thread.ts';
import { moduleAt, spawnThread } from '../workers/spawn-thread.ts';

export interface ReaderPoolOptions {
  /** Attachments parsed at once (each in its own thread). */
  threads: number;
  /** V8 heap of one reader thread: a file that needs more is stopped, not the crawl. */
  heapMb: number;
}

const DEFAULTS: ReaderPoolOptions = { threads: 2, heapMb: 384 };

/**
 * Parses attachments in worker threads with a heap limit and a deadline that terminates the thread: a DOCX
 * that inflates to gigabytes or a PDF that loops ends as an attachment-readable finding, while the crawl (and
 * the dashboard or worker hosting it) goes on. Idle threads are kept for the next file and never keep the
 * process alive.
 */
export class ReaderPool {
  private readonly idle: Worker[] = [];
  private readonly waiting: (() => void)[] = [];
  private busy = 0;
  private alive = 0;
  private readonly options: ReaderPoolOptions;

  constructor(options: Partial<ReaderPoolOptions> = {}) {
    this.options = { ...DEFAULTS, ...options };
  }

  async read(
    format: AttachmentFormat,
    bytes: Uint8Array,
    limits: AttachmentLimits,
    signal?: AbortSignal,
  ): Promise<ExtractedDocument | AttachmentProblem> {
    if (this.busy >= this.options.threads) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.busy++;
    try {
      return await this.readOn(
        this.idle.pop() ?? this.spawn(),
        { format, bytes: new Uint8Array(bytes), limits },
        signal,
      );
    } finally {
      this.busy--;
      this.waiting.shift()?.();
    }
  }

  /** Reader threads running now, busy or idle (a terminated one is gone at once, its parsing with it). */
  get threads(): number {
    return this.alive;
  }

  /** Ends the idle threads (busy ones end with their file). */
  async close(): Promise<void> {
    await Promise.all(this.idle.splice(0).map((w) => w.terminate()));
  }

  private spawn(): Worker {
    const worker = spawnThread(moduleAt(import.meta.url, './reader-thread'), undefined, {
      resourceLimits: { maxOldGenerationSizeMb: this.options.heapMb, maxYoungGenerationSizeMb: 32 },
    });
    this.alive++;
    worker.once('exit', () => {
      this.alive--;
      const idle = this.idle.indexOf(worker);
      if (idle >= 0) this.idle.splice(idle, 1);
    });
    return worker;
  }

  private readOn(worker: Worker, job: ReadJob, signal?: AbortSignal): Promise<ExtractedDocument | AttachmentProblem> {
    return new Promise((resolve) => {
      const onMessage = (answer: ReadAnswer) =>
        finish('document' in answer ? answer.document : problemOf(answer.error), true);
      const onError = (error: Error & { code?: string }) =>
        finish(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? { messageId: 'too-large', reason: `parsing needed more than ${this.options.heapMb} MB of memory` }
            : { messageId: 'corrupt', reason: String(error.message).slice(0, 200) },
          false,
        );
      const onExit = () => finish({ messageId: 'corrupt', reason: 'the reader stopped' }, false);
      const onAbort = () =>
        finish({ messageId: 'timeout', reason: `not read within ${job.limits.timeoutMs} ms` }, false);
      const timer = setTimeout(onAbort, job.limits.timeoutMs);
      const finish = (result: ExtractedDocument | AttachmentProblem, reusable: boolean) => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        worker.off('message', onMessage).off('error', onError).off('exit', onExit);
        if (reusable) {
          worker.unref();
          this.idle.push(worker);
        } else {
          // The deadline ends the parsing itself, not only the wait for it.
          void worker.terminate();
        }
        resolve(result);
      };
      worker.on('message', onMessage).on('error', onError).on('exit', onExit);
      if (signal?.aborted) return onAbort();
      signal?.addEventListener('abort', onAbort, { once: true });
      worker.ref();
      worker.postMessage(job, [job.bytes.buffer as ArrayBuffer]);
    });
  }
}

/** A reader's exception as the problem it means. */
function problemOf(error: { name: string; message: string }): AttachmentProblem {
  if (error.name === 'PasswordException') return { messageId: 'encrypted', reason: 'password-protected PDF' };
  return { messageId: 'corrupt', reason: error.message.slice(0, 200) };
}
