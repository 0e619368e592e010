import type { Collected } from '../../shared/checks/collected.ts';

/** Rows of the `collected` table: PostgreSQL hands a BIGSERIAL id back as a string. */
export interface CollectedRow {
  id: number | string;
  item: string;
}

/** Items per read: enough to keep round trips few, small enough that a batch is a few MB at most. */
export const COLLECTED_BATCH = 500;

/**
 * One check's items as a stream: read by id, a batch at a time (no cursor stays open between batches, so
 * the check may use the database meanwhile), afresh for every iteration.
 */
export function readCollected(
  readAfter: (id: number | string) => CollectedRow[] | Promise<CollectedRow[]>,
): Collected<unknown> {
  return {
    async *[Symbol.asyncIterator]() {
      for (let after: number | string = 0; ; ) {
        const rows = await readAfter(after);
        for (const row of rows) yield JSON.parse(row.item);
        if (rows.length < COLLECTED_BATCH) return;
        after = rows[rows.length - 1].id;
      }
    },
  };
}
