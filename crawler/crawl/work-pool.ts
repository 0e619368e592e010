/**
 * Runs `work` on items from `next` with at most `concurrency` at a time, until `next` has nothing and no
 * work is running (work may add items, so an empty `next` is only final when nothing is in flight).
 * `work` must not reject; errors are the caller's to record. A failing `next` rejects the pool.
 */
export function runPool<T>(
  concurrency: number,
  next: () => Promise<T | undefined> | T | undefined,
  work: (item: T) => Promise<void>,
): Promise<void> {
  return new Promise((resolve, reject) => {
    let active = 0;
    let pumping = false;
    let again = false;
    const pump = async (): Promise<void> => {
      if (pumping) {
        again = true;
        return;
      }
      pumping = true;
      try {
        do {
          again = false;
          while (active < concurrency) {
            const item = await next();
            if (item === undefined) break;
            active++;
            void work(item).finally(() => {
              active--;
              void pump();
            });
          }
        } while (again);
      } catch (error) {
        reject(error);
        return;
      } finally {
        pumping = false;
      }
      if (active === 0) resolve();
    };
    void pump();
  });
}
