import type { Collected } from '../../shared/checks/collected.ts';
import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageRecord, Report } from '../../shared/model/report.ts';
import type { FrontierEntry } from '../frontier/frontier.ts';
import type { PageValidators, StoredPage } from './page-validators.ts';
import type { ProbeMemory } from './probe-memory.ts';

/** Fetch outcomes of finished pages by URL: a Map, or a lookup in the store (SQLite keeps none in memory). */
export type CrawledPages = Pick<ReadonlyMap<string, ProbeResult>, 'get'>;

/** Everything one page yields, written at once so a crash never leaves half a page behind. */
export interface CompletedPage {
  record: PageRecord;
  probe: ProbeResult;
  findings: Finding[];
  /** [check id, item] collected by site checks from this page. */
  collected: [string, unknown][];
  /** Kept for the next run's incremental re-crawl (states with a store only). */
  validators?: PageValidators;
}

/**
 * Where a crawl keeps its frontier and what it learned. In memory by default; in SQLite (--db) a crawl
 * killed at any point resumes (--resume) without fetching a finished page again or losing a finding.
 */
export interface CrawlState {
  /** When the run began (the first process's start, for a resumed run). */
  readonly startedAt: Date;
  /** Whether this run continues an earlier, interrupted one. */
  readonly resumed: boolean;
  /** Fetch outcome of every finished URL, for the link probe. */
  readonly crawled: CrawledPages;
  /** Admits a URL unless it was seen or the page cap is reached. */
  enqueue(entry: FrontierEntry): Promise<boolean>;
  /** The next URL to fetch, each handed out once per process. */
  next(): Promise<FrontierEntry | undefined>;
  readonly pending: number;
  /** URLs refused because of the page cap. */
  readonly refused: number;
  readonly pagesDone: number;
  readonly findingsCount: number;
  complete(url: string, page: CompletedPage): Promise<void>;
  /** Incremental re-crawl (states with a store): the previous run's result for this URL, if one can stand in. */
  previousPage?(url: string): Promise<StoredPage | undefined>;
  /**
   * Completes a page unchanged since the previous run with that run's result (present with previousPage): its
   * findings, collected items and validators are copied inside the store, not parsed and written again.
   */
  completeUnchanged?(url: string, record: PageRecord, stored: StoredPage): Promise<void>;
  /** Link targets not crawled as pages, probed every `every` runs while they answer well (states with a store). */
  probeMemory?(every: number): ProbeMemory;
  pages(): Promise<PageRecord[]>;
  findings(): Promise<Finding[]>;
  /** What one site check collected from every page, streamed in crawl order (see Collected). */
  collected(checkId: string): Collected<unknown>;
  /** Releases resources; with the report, the run is finished (kept in the store; a later --resume starts afresh). */
  close(report?: Report): Promise<void>;
}
