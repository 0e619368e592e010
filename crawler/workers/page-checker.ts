import { availableParallelism } from 'node:os';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import { CheckEngine, type EngineOptions } from '../../shared/engine/run-checks.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { CheckTiming } from '../../shared/model/report.ts';
import type { FetchedPage } from '../page/fetch-step.ts';
import { parseHtml, type ParsedHtml } from '../page/html-step.ts';
import { jiebaSegment } from '../text/jieba-segmenter.ts';
import { sharedLanguageModelData } from '../text/language-models.ts';
import { PageWorkers, type CheckedPage, type PortableEngineOptions } from './page-workers.ts';

/** Where a crawl's page checks run: worker threads (`threads` > 0) or the crawl's own thread. */
export interface PageChecker {
  /** The crawl thread's engine: the site checks at the end, and which checks are active. */
  readonly engine: CheckEngine;
  /** The page's bytes parsed into its snapshot. */
  parse(page: FetchedPage): ParsedHtml | Promise<ParsedHtml>;
  inspect(snapshot: PageSnapshot): Promise<CheckedPage>;
  /** Every check's runs, errors and time, wherever its page runs happened. */
  timing(): CheckTiming[];
  close(): Promise<void>;
}

export interface PageCheckerOptions extends PortableEngineOptions {
  checks: readonly CheckDefinition[];
  /** Worker threads for the page checks; 0 = the calling thread; default: defaultThreads(). */
  threads?: number;
  /**
   * The models of the calling thread's engine (--threads 0), read whenever a check runs (so it may be a getter that
   * loads them once needed). Worker threads load their own when typo-confusion runs, over shared memory.
   */
  languageModels?: EngineOptions['languageModels'];
}

/**
 * The page checks of a crawl, in a pool of worker threads (defaultThreads() by default). The language models
 * (~50 MB of tables each) are read once, when the first thread starts, into shared memory that every thread's
 * models read; the crawl thread, which then runs only site checks (they read none), never loads them.
 */
export function pageChecker(options: PageCheckerOptions): PageChecker {
  const { checks, threads = defaultThreads() } = options;
  // Picked, not spread: a spread would read the languageModels getter (and load the models) now.
  const { siteUrl, asOf, profiles, checkOptions, capabilities, timeoutMs, debug } = options;
  const settings: PortableEngineOptions = { siteUrl, asOf, profiles, checkOptions, capabilities, timeoutMs, debug };
  if (threads === 0) {
    const engine = new CheckEngine({
      ...settings,
      checks,
      segment: jiebaSegment,
      get languageModels() {
        return options.languageModels;
      },
    });
    return {
      engine,
      parse: parseHtml,
      inspect: (snapshot) => engine.inspectPage(snapshot),
      timing: () => engine.timing(),
      close: async () => undefined,
    };
  }
  const engine = new CheckEngine({ ...settings, checks, segment: jiebaSegment });
  const workers = new PageWorkers({
    threads,
    engine: settings,
    checkIds: checks.map((c) => c.id),
    // The models cost ~100 MB and 1–2 s: read only when the check that reads them runs.
    ...(checks.some((c) => c.id === 'typo-confusion') ? { models: sharedLanguageModelData } : {}),
  });
  return {
    engine,
    parse: (page) => workers.parse(page),
    inspect: (snapshot) => workers.inspect(snapshot),
    timing: () => workers.timing(engine.timing()),
    close: () => workers.close(),
  };
}

/**
 * One thread per core but the one the crawl thread keeps busy (fetching, storing, link probes, site checks); none on
 * 2 cores or fewer, where handing pages to threads cost more than it gave: 10,000 pages on a quiet 2-core machine took
 * 17.2 s with no thread, 22.5 s with one and 22.4 s with two (docs/benchmarks.md).
 */
export function defaultThreads(): number {
  const cores = availableParallelism();
  return cores > 2 ? cores - 1 : 0;
}
