import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { LINKINATOR } from './replay/linkinator-scenarios.ts';
import { mismatches } from './replay/outcome.ts';
import { runReplay } from './replay/run-replay.ts';

const BENCH = '/work/shared/bench/links-linkinator';
interface Entry {
  fixture: string;
  scenario: string;
  expected: Record<string, unknown>;
}
const entries = (JSON.parse(readFileSync(`${BENCH}/expected.json`, 'utf8')) as { entries: Entry[] }).entries;

/** expected.json keys, `#n` added where one fixture+scenario pair repeats with other options. */
function keyed(list: Entry[]): [string, Entry][] {
  const seen = new Map<string, number>();
  const counts = new Map<string, number>();
  for (const e of list)
    counts.set(`${e.fixture} | ${e.scenario}`, (counts.get(`${e.fixture} | ${e.scenario}`) ?? 0) + 1);
  return list.map((e) => {
    const base = `${e.fixture} | ${e.scenario}`;
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    return [counts.get(base)! > 1 ? `${base}#${n}` : base, e];
  });
}

const tally = { passed: 0, failed: 0, notApplicable: [] as string[] };

describe('linkinator fixtures replayed on loopback (shared/bench/links-linkinator)', () => {
  afterAll(() => {
    console.log(
      `linkinator scenarios: ${tally.passed} of ${tally.passed + tally.failed} applicable passed; ` +
        `${tally.notApplicable.length} not applicable:\n  ${tally.notApplicable.join('\n  ')}`,
    );
  });
  for (const [key, entry] of keyed(entries)) {
    const replay = LINKINATOR[key];
    if (replay === undefined) throw new Error(`no translation for expected.json entry "${key}"`);
    if (typeof replay === 'string') {
      tally.notApplicable.push(`${key} — ${replay}`);
      it.skip(`${key} (${replay})`, () => undefined);
      continue;
    }
    it(key, async () => {
      const problems = mismatches(entry.expected, await runReplay(`${BENCH}/fixtures`, replay));
      if (problems.length) tally.failed++;
      else tally.passed++;
      expect(problems).toEqual([]);
    });
  }
});
