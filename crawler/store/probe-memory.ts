import type { ProbeResult } from '../../shared/checks/link-probe.ts';

/** A probe result as a run stored it, with how many runs ago it was really fetched (0: this run). */
export interface StoredProbe {
  probe: ProbeResult;
  age: number;
}

/**
 * Link targets the crawl does not fetch as pages (other sites, images, files) on a slower schedule: a target
 * that answered well is taken from the previous run until its result is `every` runs old, then probed again.
 * A target that failed is probed every run, so a fix or a lasting break shows at once.
 */
export class ProbeMemory {
  private readonly kept: [string, StoredProbe][] = [];
  reused = 0;

  constructor(
    private readonly previous: (url: string) => StoredProbe | undefined,
    private readonly every: number,
    private readonly save: (probes: readonly [string, StoredProbe][]) => void | Promise<void>,
  ) {}

  /** The previous run's result when it answered well and is young enough, else undefined (probe it). */
  recall(url: string): ProbeResult | undefined {
    const stored = this.previous(url);
    if (!stored || stored.age + 1 >= this.every || !answeredWell(stored.probe)) return undefined;
    this.kept.push([url, { probe: stored.probe, age: stored.age + 1 }]);
    this.reused++;
    return stored.probe;
  }

  /** A result fetched this run. */
  keep(url: string, probe: ProbeResult): void {
    this.kept.push([url, { probe, age: 0 }]);
  }

  /** Writes this run's results for the next run. */
  async flush(): Promise<void> {
    await this.save(this.kept);
  }
}

const answeredWell = (probe: ProbeResult): boolean => !probe.error && probe.status >= 200 && probe.status < 300;
