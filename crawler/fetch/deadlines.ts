/** Why a request was aborted by its overall deadline (the caller reports it as a timeout). */
export class DeadlineError extends Error {
  override readonly name = 'TimeoutError';
  constructor(readonly ms: number) {
    super(`no complete response within ${ms} ms`);
  }
}

export interface Deadline {
  signal: AbortSignal;
  /** Call when the request is over, so the deadline stops being watched. */
  clear(): void;
}

/**
 * Overall deadlines measured in time the process could run. A ticker advances its clock by one tick per
 * firing, however late it fires, so while the event loop is blocked (checks of a 10,000-link page, a
 * loaded machine) the clock stands still: a response already waiting in the socket is read before its
 * deadline can expire. (AbortSignal.timeout expires it first and made crawls flaky; undici's own
 * timers use the same trick.) A deadline is rounded up to whole ticks, plus one for the tick under way.
 */
export class Deadlines {
  private clock = 0;
  private readonly watched = new Map<AbortController, { at: number; ms: number }>();
  private ticker: NodeJS.Timeout | undefined;

  constructor(private readonly tickMs = 250) {}

  start(ms: number): Deadline {
    const controller = new AbortController();
    this.watched.set(controller, { at: this.clock + (Math.ceil(ms / this.tickMs) + 1) * this.tickMs, ms });
    this.ticker ??= setInterval(() => this.tick(), this.tickMs).unref();
    return { signal: controller.signal, clear: () => this.forget(controller) };
  }

  private tick(): void {
    this.clock += this.tickMs;
    for (const [controller, { at, ms }] of this.watched) {
      if (this.clock < at) continue;
      this.forget(controller);
      controller.abort(new DeadlineError(ms));
    }
  }

  private forget(controller: AbortController): void {
    this.watched.delete(controller);
    if (this.watched.size || !this.ticker) return;
    clearInterval(this.ticker);
    this.ticker = undefined;
  }
}
