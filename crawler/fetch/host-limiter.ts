/** Politeness per host around each request: in-process (HostLimiter) or shared by workers (RedisHostLimiter). */
export interface RequestLimiter {
  run<T>(host: string, task: () => Promise<T>): Promise<T>;
}

/**
 * Politeness per host: at most `concurrency` requests in flight and at least `delayMs` between request
 * starts. Every request of a crawl (pages, link probes, robots.txt) goes through one limiter.
 */
export class HostLimiter implements RequestLimiter {
  private readonly hosts = new Map<string, { active: number; nextStart: number; waiting: (() => void)[] }>();

  constructor(private readonly concurrency: number, private readonly delayMs: number) {}

  async run<T>(host: string, task: () => Promise<T>): Promise<T> {
    await this.acquire(host);
    try {
      return await task();
    } finally {
      this.release(host);
    }
  }

  private state(host: string) {
    let s = this.hosts.get(host);
    if (!s) this.hosts.set(host, (s = { active: 0, nextStart: 0, waiting: [] }));
    return s;
  }

  private async acquire(host: string): Promise<void> {
    const s = this.state(host);
    if (s.active >= this.concurrency) await new Promise<void>((resolve) => s.waiting.push(resolve));
    s.active++;
    // Re-check after every sleep: a timer that fires late must not bring two starts closer than delayMs.
    for (let wait = s.nextStart - Date.now(); wait > 0; wait = s.nextStart - Date.now()) {
      await new Promise((r) => setTimeout(r, wait));
    }
    s.nextStart = Date.now() + this.delayMs;
  }

  private release(host: string): void {
    const s = this.state(host);
    s.active--;
    s.waiting.shift()?.();
  }
}
