export interface FrontierEntry {
  url: string;
  depth: number;
  /** Page that linked here (undefined for seeds). */
  referrer?: string;
}

/**
 * URLs waiting to be crawled, breadth-first, each at most once. Capped: once `maxPages` URLs were admitted,
 * further ones are refused (and counted, so the report can say the cap was hit).
 */
export class Frontier {
  private readonly queue: FrontierEntry[] = [];
  private head = 0;
  private readonly seen = new Set<string>();
  refused = 0;

  constructor(private readonly maxPages: number) {}

  add(entry: FrontierEntry): boolean {
    if (this.seen.has(entry.url)) return false;
    if (this.seen.size >= this.maxPages) {
      this.refused++;
      return false;
    }
    this.seen.add(entry.url);
    this.queue.push(entry);
    return true;
  }

  next(): FrontierEntry | undefined {
    if (this.head >= this.queue.length) return undefined;
    const entry = this.queue[this.head];
    this.queue[this.head++] = undefined as unknown as FrontierEntry;
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return entry;
  }

  get pending(): number {
    return this.queue.length - this.head;
  }

  has(url: string): boolean {
    return this.seen.has(url);
  }
}
