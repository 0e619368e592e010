/**
 * What the database-backed states (SQLite, PostgreSQL) keep beside the database: progress counters, so a progress line
 * never costs a query.
 */
export abstract class StoredState {
  /** URLs refused because of the page cap. */
  refused = 0;
  protected admitted = 0;
  protected queued = 0;
  protected done = 0;
  protected findingTotal = 0;

  get pending(): number {
    return Math.max(0, this.queued);
  }

  get pagesDone(): number {
    return this.done;
  }

  get findingsCount(): number {
    return this.findingTotal;
  }
}
