// The worker side of ReaderPool: parses one attachment per message, inside the worker's memory limit.
import { parentPort } from 'node:worker_threads';
import type { AttachmentFormat } from './attachment-format.ts';
import type { AttachmentLimits } from './extracted.ts';
import { READERS } from './readers.ts';

export interface ReadJob {
  format: AttachmentFormat;
  bytes: Uint8Array;
  limits: AttachmentLimits;
}

export type ReadAnswer =
  | { document: Awaited<ReturnType<NonNullable<(typeof READERS)[AttachmentFormat]>>> }
  | { error: { name: string; message: string } };

parentPort?.on('message', async ({ format, bytes, limits }: ReadJob) => {
  let answer: ReadAnswer;
  try {
    // The pool's deadline terminates this thread; the signal is for readers that can also stop on their own.
    answer = { document: await READERS[format]!(bytes, limits, new AbortController().signal) };
  } catch (error) {
    const e = error as Error;
    answer = { error: { name: String(e?.name ?? 'Error'), message: String(e?.message ?? e) } };
  }
  parentPort!.postMessage(answer);
});
