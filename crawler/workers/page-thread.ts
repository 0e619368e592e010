// The worker side of PageWorkers: one check engine per thread, its models over the main thread's shared memory;
// each message is one page's snapshot, each answer its findings, site-check items and check timings.
import { parentPort, workerData } from 'node:worker_threads';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import { CheckEngine, type PageInspection } from '../../shared/engine/run-checks.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { jiebaSegment } from '../text/jieba-segmenter.ts';
import { languageModelsOf } from '../text/language-models.ts';
import { timingGrowth, type TimingCounts } from './check-timings.ts';
import type { PageThreadData } from './page-workers.ts';

export interface InspectJob {
  id: number;
  snapshot: PageSnapshot;
}

export type InspectAnswer =
  | { id: number; inspection: PageInspection; timings: [string, TimingCounts][] }
  | { id: number; error: string };

const { data } = workerData as { data: PageThreadData };
const { CHECKS } = (await import(data.checksModule)) as { CHECKS: readonly CheckDefinition[] };
const engine = new CheckEngine({
  ...data.engine,
  checks: CHECKS.filter((c) => data.checkIds.includes(c.id)),
  segment: jiebaSegment,
  ...(data.models ? { languageModels: languageModelsOf(data.models) } : {}),
});
let counted = engine.timing();

parentPort!.on('message', async ({ id, snapshot }: InspectJob) => {
  try {
    const inspection = await engine.inspectPage(snapshot);
    const now = engine.timing();
    const answer: InspectAnswer = { id, inspection, timings: timingGrowth(counted, now) };
    counted = now;
    parentPort!.postMessage(answer);
  } catch (error) {
    // The engine never throws for a check; this is an item that cannot cross threads, or worse.
    parentPort!.postMessage({ id, error: String((error as Error)?.message ?? error) } satisfies InspectAnswer);
  }
});
