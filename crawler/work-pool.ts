/**
 * Runs `work` on items from `next` with at most `concurrency` at a time, until `next` has nothing and no
 * work is running (work may add items, so an empty `next` is only final when nothing is in flight).
 * `work` must not reject; errors are the caller's to record.
 */
export function runPool<T>(concurrency: number, next: () => T | undefined, work: (item: T) => Promise<void>): Promise<void> {
  return new Promise((resolve) => {
    let active = 0;
    const pump = () => {
      while (active < concurrency) {
        const item = next();
        if (item === undefined) break;
        active++;
        void work(item).finally(() => {
          active--;
          pump();
        });
      }
      if (active === 0) resolve();
    };
    pump();
  });
}
