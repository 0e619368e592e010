import type { Report } from '../../../shared/model/report.ts';

/** One stored run: finished runs carry their report. */
export interface StoredRun {
  id: number;
  startUrl: string;
  startedAt: string;
  finishedAt: string | null;
  report?: Report;
}

/** A crawl still running, as far as the store can tell (pages done and queued, findings so far). */
export interface RunProgress {
  runId: number;
  startUrl: string;
  startedAt: string;
  pagesDone: number;
  pagesQueued: number;
  findings: number;
}

/**
 * What the dashboard reads, and nothing more: a read model over whichever store the crawls write.
 * sqlite-run-store.ts and pg-run-store.ts implement it.
 */
export interface RunStore {
  /** Start URLs that have at least one run. */
  startUrls(): Promise<string[]>;
  /** Runs of one site, oldest first. */
  runs(startUrl: string): Promise<StoredRun[]>;
  run(id: number): Promise<StoredRun | undefined>;
  /** Runs without a finish time whose frontier is still being worked. */
  progress(): Promise<RunProgress[]>;
  close(): Promise<void>;
}
