import type { Worker } from 'node:worker_threads';
import type { EngineOptions, PageInspection } from '../../shared/engine/run-checks.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { CheckTiming } from '../../shared/model/report.ts';
import type { LanguageModelData } from '../text/language-models.ts';
import { addTimings, withPageTimings, type TimingCounts } from './check-timings.ts';
import type { ParsedHtml } from '../page/html-step.ts';
import type { ParseInput, ThreadAnswer, ThreadRequest } from './page-thread.ts';
import { moduleAt, spawnThread } from './spawn-thread.ts';

/** The engine settings that cross to a thread (functions and models are made there). */
export type PortableEngineOptions = Omit<EngineOptions, 'checks' | 'segment' | 'languageModels'>;

/** What each page-check thread starts from (its workerData). */
export interface PageThreadData {
  engine: PortableEngineOptions;
  checkIds: string[];
  /** URL of the module whose CHECKS the thread runs. */
  checksModule: string;
  /** The language models' tables in shared memory, when the checks read models. */
  models?: LanguageModelData;
}

export interface PageWorkersOptions extends Omit<PageThreadData, 'checksModule' | 'models'> {
  threads: number;
  /** Reads the models' tables into shared memory; called once, when the first thread starts. */
  models?: () => LanguageModelData;
  /** Module whose CHECKS the threads run (tests add one that fails); the registry by default. */
  checksModule?: string;
  /** A page whose checks take longer ends its thread (a loop no check time limit can stop); 5 minutes by default. */
  deadlineMs?: number;
}

/** A page's inspection; `failure`: its checks could not run (the thread crashed or overran), and why. */
export type CheckedPage = PageInspection & { failure?: string };

type Answer = ThreadAnswer | { failure: string };

interface Job {
  request: ThreadRequest;
  settle: (answer: Answer) => void;
}

/**
 * Old-generation heap of one page-check thread. It holds ~70 MB (engine, word lists, the models' lookups) and
 * one page's work; under a small limit V8 grows the heap to ~1.5× the live data before collecting instead of ~4×
 * under the default. A page needing more ends its thread, which fails only that page.
 */
const THREAD_HEAP_MB = 512;

const REGISTRY = moduleAt(import.meta.url, '../../shared/checks/index').href;

/**
 * Runs the page checks in worker threads (started as pages arrive, at most `threads`), one page per thread at a
 * time; the fetch loop, politeness, frontier and store stay in the calling thread. A thread that crashes or overruns
 * fails only its page (a note on it) and is replaced by the next page's. Idle threads never keep the process alive.
 */
export class PageWorkers {
  private readonly idle: Worker[] = [];
  private readonly queue: Job[] = [];
  private readonly workers = new Set<Worker>();
  private readonly pageTimings = new Map<string, TimingCounts>();
  private data: PageThreadData | undefined;
  private lastId = 0;

  constructor(private readonly options: PageWorkersOptions) {}

  /** The page's bytes parsed into its snapshot in a thread; a thread that fails leaves the page skipped, and why. */
  async parse({ entry, response, record }: ParseInput): Promise<ParsedHtml> {
    const answer = await this.submit({ kind: 'parse', page: { entry, response, record } });
    if ('parsed' in answer) return answer.parsed;
    return { skipped: `not parsed: ${failureOf(answer)}` };
  }

  /** The page's findings and site-check items, checked in a thread; never rejects. */
  async inspect(snapshot: PageSnapshot): Promise<CheckedPage> {
    const answer = await this.submit({ kind: 'inspect', snapshot });
    if ('inspection' in answer) {
      addTimings(this.pageTimings, answer.timings);
      return answer.inspection;
    }
    return { findings: [], collected: [], failure: `page checks failed: ${failureOf(answer)}` };
  }

  /** The main engine's timing with every thread's page runs added. */
  timing(main: readonly CheckTiming[]): CheckTiming[] {
    return withPageTimings(main, this.pageTimings);
  }

  /** Threads running now, busy or idle. */
  get threads(): number {
    return this.workers.size;
  }

  async close(): Promise<void> {
    await Promise.all([...this.workers].map((w) => w.terminate()));
  }

  private dispatch(): void {
    while (this.queue.length) {
      const worker = this.idle.pop() ?? (this.workers.size < this.options.threads ? this.spawn() : undefined);
      if (!worker) return;
      this.run(worker, this.queue.shift()!);
    }
  }

  private spawn(): Worker {
    const { engine, checkIds, checksModule, models } = this.options;
    this.data ??= { engine, checkIds, checksModule: checksModule ?? REGISTRY, ...(models ? { models: models() } : {}) };
    const worker = spawnThread(moduleAt(import.meta.url, './page-thread'), this.data, {
      resourceLimits: { maxOldGenerationSizeMb: THREAD_HEAP_MB },
    });
    this.workers.add(worker);
    worker.once('exit', () => {
      this.workers.delete(worker);
      const idle = this.idle.indexOf(worker);
      if (idle >= 0) this.idle.splice(idle, 1);
    });
    return worker;
  }

  private submit(request: ThreadRequest): Promise<Answer> {
    return new Promise((settle) => {
      this.queue.push({ request, settle });
      this.dispatch();
    });
  }

  private run(worker: Worker, { request, settle }: Job): void {
    const id = ++this.lastId;
    const deadlineMs = this.options.deadlineMs ?? 300_000;
    const onMessage = (answer: ThreadAnswer & { id: number }) => {
      if (answer.id === id) finish(answer, true);
    };
    const onError = (error: Error) => finish({ failure: `their thread crashed (${error.message})` }, false);
    const onExit = (code: number) => finish({ failure: `their thread stopped (exit code ${code})` }, false);
    const timer = setTimeout(() => finish({ failure: `not done within ${deadlineMs} ms` }, false), deadlineMs);
    const finish = (answer: Answer, reusable: boolean) => {
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      if (reusable) {
        worker.unref();
        this.idle.push(worker);
      } else {
        // Its replacement starts with the next page; the stuck or broken one must not run on.
        this.workers.delete(worker);
        void worker.terminate();
      }
      settle(answer);
      this.dispatch();
    };
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.ref();
    worker.postMessage({ id, request });
  }
}

/** Why a thread gave no answer of the kind asked for. */
function failureOf(answer: Answer): string {
  if ('error' in answer) return answer.error;
  return 'failure' in answer ? answer.failure : 'the thread answered another request';
}
