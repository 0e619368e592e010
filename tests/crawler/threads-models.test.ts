import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import {
  crawlerLanguageModels,
  languageModelsOf,
  sharedLanguageModelData,
} from '../../crawler/text/language-models.ts';

// scripts/setup.sh installs both packages (sunpinyin-data, libime-data-language-model).
const data = sharedLanguageModelData();
if (!data.sunpinyin || !data.libime) throw new Error('a language model package is missing: run scripts/setup.sh');

/** Each model's cost of a few word sequences, from state 0. */
function costs(models: ReturnType<typeof crawlerLanguageModels>): number[] {
  return models.flatMap((lm) =>
    [['坚持', '以', '人民'], ['工业', '互联网'], ['懂事会']].map((words) => {
      let state = 0;
      let cost = 0;
      for (const word of words) {
        cost += lm.next(state, lm.wordId(word) ?? 0);
        state = lm.lastState;
      }
      return cost;
    }),
  );
}

describe('language models shared by the page-check threads', () => {
  it('keeps the bulk in shared memory: SunPinyin’s files and every table of libime’s model', () => {
    const { sunpinyin, libime } = data;
    const buffers = [sunpinyin!.lm, sunpinyin!.lexicon, ...libime!.levels.flatMap((l) => Object.values(l))];
    for (const table of buffers) expect(table.buffer).toBeInstanceOf(SharedArrayBuffer);
    const bytes = buffers.reduce((sum, t) => sum + t.byteLength, 0);
    expect(bytes).toBeGreaterThan(80_000_000);
  });

  it('models over the shared data score as the models loaded from the files', () => {
    expect(costs(languageModelsOf(data))).toEqual(costs(crawlerLanguageModels()));
  });

  it('a thread given the data reads the same memory, not a copy', async () => {
    // The thread overwrites one byte of SunPinyin's file as it sees it: the change shows here.
    const lm = data.sunpinyin!.lm;
    const before = lm[lm.length - 1];
    const worker = new Worker(
      `const { workerData, parentPort } = require('node:worker_threads');
       workerData.lm[workerData.lm.length - 1] ^= 0xff; parentPort.postMessage('done');`,
      { eval: true, workerData: data.sunpinyin },
    );
    await new Promise((resolve) => worker.once('message', resolve));
    await worker.terminate();
    expect(lm[lm.length - 1]).toBe(before ^ 0xff);
    lm[lm.length - 1] = before;
  });
});
