import type { Collected } from '../../shared/checks/collected.ts';
import type { ProbeResult } from '../../shared/checks/link-probe.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageRecord } from '../../shared/model/report.ts';
import { Frontier, type FrontierEntry } from '../frontier/frontier.ts';
import type { CompletedPage, CrawlState } from './crawl-state.ts';

/** The default state: everything in memory, gone when the process ends. */
export class MemoryState implements CrawlState {
  readonly startedAt = new Date();
  readonly resumed = false;
  readonly crawled = new Map<string, ProbeResult>();
  private readonly frontier: Frontier;
  private readonly records: PageRecord[] = [];
  private readonly found: Finding[] = [];
  private readonly items: [string, unknown][] = [];

  constructor(maxPages: number) {
    this.frontier = new Frontier(maxPages);
  }

  async enqueue(entry: FrontierEntry): Promise<boolean> {
    return this.frontier.add(entry);
  }

  async next(): Promise<FrontierEntry | undefined> {
    return this.frontier.next();
  }

  get pending(): number {
    return this.frontier.pending;
  }

  get refused(): number {
    return this.frontier.refused;
  }

  get pagesDone(): number {
    return this.records.length;
  }

  get findingsCount(): number {
    return this.found.length;
  }

  async complete(url: string, page: CompletedPage): Promise<void> {
    this.crawled.set(url, page.probe);
    this.records.push(page.record);
    this.found.push(...page.findings);
    this.items.push(...page.collected);
  }

  async pages(): Promise<PageRecord[]> {
    return this.records;
  }

  async findings(): Promise<Finding[]> {
    return this.found;
  }

  collected(checkId: string): Collected<unknown> {
    const items = this.items;
    return {
      async *[Symbol.asyncIterator]() {
        for (const [id, item] of items) if (id === checkId) yield item;
      },
    };
  }

  async close(): Promise<void> {
    // Nothing to release: the report is the caller's.
  }
}
