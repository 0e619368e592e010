import { runSite } from '../sites/run-sites.ts';
import type { SiteEntry, SitesConfig } from '../sites/sites-config.ts';

export type QueueState = 'queued' | 'running';

export interface QueueEntry {
  site: string;
  state: QueueState;
}

export interface LastOutcome {
  site: string;
  ok: boolean;
  at: string;
  message: string;
}

/**
 * Re-crawls asked for from the dashboard, run by the server process in the background through the scheduler's
 * path (runSite: store, 复核, report files). One crawl at a time overall keeps a 2-core machine usable; a site
 * already queued or running is not queued twice.
 */
export class CrawlQueue {
  private readonly waiting: SiteEntry[] = [];
  private running?: SiteEntry;
  private idle: Promise<void> = Promise.resolve();
  readonly outcomes: LastOutcome[] = [];

  constructor(
    private readonly config: SitesConfig,
    private readonly log: (line: string) => void,
  ) {}

  /** false when the site is already waiting or running. */
  enqueue(site: SiteEntry): boolean {
    if (this.running?.name === site.name || this.waiting.some((s) => s.name === site.name)) return false;
    this.waiting.push(site);
    if (!this.running) this.idle = this.drain();
    return true;
  }

  entries(): QueueEntry[] {
    return [
      ...(this.running ? [{ site: this.running.name, state: 'running' as const }] : []),
      ...this.waiting.map((s) => ({ site: s.name, state: 'queued' as const })),
    ];
  }

  /** Resolves once nothing is queued or running (tests, shutdown). */
  whenIdle(): Promise<void> {
    return this.idle;
  }

  private async drain(): Promise<void> {
    while ((this.running = this.waiting.shift())) {
      const site = this.running;
      try {
        const run = await runSite(this.config, site, this.log);
        this.record(site, true, `${run.report.stats.pagesFetched} pages, ${run.report.findings.length} findings`);
      } catch (error) {
        this.log(`检查 ${site.name} 失败：${String(error)}`);
        this.record(site, false, String(error));
      }
    }
  }

  private record(site: SiteEntry, ok: boolean, message: string): void {
    this.outcomes.unshift({ site: site.name, ok, at: new Date().toISOString(), message });
    this.outcomes.length = Math.min(this.outcomes.length, 20);
  }
}
