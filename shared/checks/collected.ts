/**
 * What a site check collected from every page, in crawl order. Each iteration reads it afresh, lazily (the
 * crawler streams it from its store), so a check can make several passes without holding every item at once.
 */
export type Collected<C> = AsyncIterable<C>;

/** An in-memory list as a Collected (the extension, tests, crawls without a store). */
export function collectedFrom<C>(items: readonly C[]): Collected<C> {
  return {
    async *[Symbol.asyncIterator]() {
      yield* items;
    },
  };
}

/** Every item at once, for checks whose data stays small (one entry per page at most). */
export async function gather<C>(collected: Collected<C>): Promise<C[]> {
  const items: C[] = [];
  for await (const item of collected) items.push(item);
  return items;
}
