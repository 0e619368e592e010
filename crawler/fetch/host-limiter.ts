/** Politeness per host around each request: in-process (HostLimiter) or shared by workers (RedisHostLimiter). */
export interface RequestLimiter {
  /**
   * Runs `task` once `host` may be asked again. The task calls `sent` as its request leaves (written to the
   * socket): --delay counts from then, not from the grant, since a new connection or a busy event loop puts
   * time between the two. A task that never calls it is taken to have sent at its end (the latest it can have).
   */
  run<T>(host: string, task: (sent: () => void) => Promise<T>): Promise<T>;
}

interface HostState {
  active: number;
  waiting: (() => void)[];
  /** Earliest time (performance.now) the next request may leave. */
  nextSend: number;
  /** Settles when the request granted last has left: only then is the next one's earliest time known. */
  lastSent: Promise<void>;
}

/**
 * Politeness per host: at most `concurrency` requests in flight and at least `delayMs` between requests as
 * they leave. Every request of a crawl (pages, link probes, robots.txt, Chromium's) goes through one limiter.
 */
export class HostLimiter implements RequestLimiter {
  private readonly hosts = new Map<string, HostState>();

  constructor(
    private readonly concurrency: number,
    private readonly delayMs: number,
  ) {}

  async run<T>(host: string, task: (sent: () => void) => Promise<T>): Promise<T> {
    const sent = await this.acquire(host);
    try {
      return await task(sent);
    } finally {
      sent();
      this.release(host);
    }
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) this.hosts.set(host, (s = { active: 0, waiting: [], nextSend: 0, lastSent: Promise.resolve() }));
    return s;
  }

  /** Waits for a slot and for the host's next send time; returns the `sent` callback of the request. */
  private async acquire(host: string): Promise<() => void> {
    const s = this.state(host);
    if (s.active >= this.concurrency) await new Promise<void>((resolve) => s.waiting.push(resolve));
    s.active++;
    if (this.delayMs <= 0) return () => undefined;
    const previous = s.lastSent;
    let markSent!: () => void;
    s.lastSent = new Promise((resolve) => (markSent = resolve));
    await previous;
    // Re-check after every sleep: a timer that fires early or late must not bring two sends closer than delayMs.
    for (let wait = s.nextSend - performance.now(); wait > 0; wait = s.nextSend - performance.now()) {
      await new Promise((r) => setTimeout(r, Math.ceil(wait)));
    }
    let done = false;
    return () => {
      if (done) return;
      done = true;
      s.nextSend = Math.max(s.nextSend, performance.now() + this.delayMs);
      markSent();
    };
  }

  private release(host: string): void {
    const s = this.state(host);
    s.active--;
    s.waiting.shift()?.();
  }
}
