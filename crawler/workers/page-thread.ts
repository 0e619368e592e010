// The worker side of PageWorkers: one check engine per thread, its models over the crawl thread's shared memory.
// Each message is one page to parse (bytes → snapshot) or to check (snapshot → findings, site-check items and
// timings).
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import { CheckEngine, type PageInspection } from '../../shared/engine/run-checks.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import type { FetchedPage } from '../page/fetch-step.ts';
import { parseHtml } from '../page/html-step.ts';
import { jiebaSegment } from '../text/jieba-segmenter.ts';
import { languageModelsOf } from '../text/language-models.ts';
import { timingGrowth, type TimingCounts } from './check-timings.ts';
import type { PageThreadData } from './page-workers.ts';

/** What parsing reads of a fetched page (the rest stays in the crawl thread). */
export type ParseInput = Pick<FetchedPage, 'entry' | 'response' | 'record'>;

export type ThreadRequest = { kind: 'parse'; page: ParseInput } | { kind: 'inspect'; snapshot: PageSnapshot };

export type ThreadAnswer =
  | { parsed: ReturnType<typeof parseHtml> }
  | { inspection: PageInspection; timings: [string, TimingCounts][] }
  | { error: string };

const { data } = workerData as { data: PageThreadData };
const { CHECKS } = (await import(data.checksModule)) as { CHECKS: readonly CheckDefinition[] };
const engine = new CheckEngine({
  ...data.engine,
  checks: CHECKS.filter((c) => data.checkIds.includes(c.id)),
  segment: jiebaSegment,
  ...(data.models ? { languageModels: languageModelsOf(data.models) } : {}),
});
let counted = engine.timing();

async function answer(request: ThreadRequest): Promise<ThreadAnswer> {
  if (request.kind === 'parse') return { parsed: parseHtml(request.page as FetchedPage) };
  const inspection = await engine.inspectPage(request.snapshot);
  const now = engine.timing();
  const timings = timingGrowth(counted, now);
  counted = now;
  return { inspection, timings };
}

parentPort!.on('message', async ({ id, request }: { id: number; request: ThreadRequest }) => {
  try {
    parentPort!.postMessage({ id, ...(await answer(request)) });
  } catch (error) {
    // The engine never throws for a check: this is a parser failure, an item that cannot cross threads, or worse.
    parentPort!.postMessage({ id, error: String((error as Error)?.message ?? error) });
  }
});
