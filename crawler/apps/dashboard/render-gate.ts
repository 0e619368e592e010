/** Too many downloads waiting: the caller answers 503 with Retry-After. */
export class GateFullError extends Error {
  constructor() {
    super('busy');
  }
}

/**
 * One report render (XLSX, DOCX, PDF with its Chromium, zip of notices) at a time, and a short queue behind
 * it: a page that fires many download requests gets 503s, not many Chromium launches or gigabytes of buffers.
 */
export class RenderGate {
  private running = false;
  private readonly waiting: (() => void)[] = [];

  constructor(private readonly maxWaiting = 4) {}

  async run<T>(render: () => Promise<T>): Promise<T> {
    if (this.running) {
      if (this.waiting.length >= this.maxWaiting) throw new GateFullError();
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
    this.running = true;
    try {
      return await render();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.running = false;
    }
  }
}
