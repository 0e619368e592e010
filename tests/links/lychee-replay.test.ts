import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { LYCHEE, type ExtractReplay } from './replay/lychee-scenarios.ts';
import { mismatches } from './replay/outcome.ts';
import { runReplay } from './replay/run-replay.ts';

const BENCH = '/work/shared/bench/links-lychee';
interface Entry {
  fixture: string;
  scenario: string;
  expected: Record<string, unknown>;
  needs_internet: boolean;
}
const entries = (JSON.parse(readFileSync(`${BENCH}/expected.json`, 'utf8')) as { entries: Entry[] }).entries;
const tally = { passed: 0, failed: 0, skipped: [] as string[] };

/** Absolute links govcheck extracts from a fixture file (mailto: shown without its scheme, as lychee dumps it). */
function extracted(file: string): string[] {
  const page = snapshotOf(readFileSync(`${BENCH}/fixtures/${file}`, 'utf8'), 'http://127.0.0.1/fixtures/');
  return [
    ...new Set(
      page.links
        .map((l) => l.raw.trim())
        .filter((raw) => /^(https?:\/\/|mailto:)/i.test(raw))
        .filter((raw) => URL.canParse(raw))
        .map((raw) => raw.replace(/^mailto:/i, '')),
    ),
  ];
}

function extractionProblems(replay: ExtractReplay, expected: Record<string, unknown>): string[] {
  const want = (expected.extracted_urls ?? expected.dumped_urls_include) as string[];
  const got = extracted(replay.file);
  const missing = want.filter((u) => !got.includes(u)).map((u) => `missing ${u}`);
  const extra = replay.mode === 'exact' ? got.filter((u) => !want.includes(u)).map((u) => `extra ${u}`) : [];
  return [...missing, ...extra];
}

/** lychee counters in govcheck terms: exit → passed, errors → broken pairs, unsupported → other schemes. */
function crawlExpectation(expected: Record<string, unknown>): Record<string, unknown> {
  return {
    ...(expected.exit ? { passed: expected.exit === 'success' } : {}),
    ...(typeof expected.errors === 'number' ? { broken: expected.errors } : {}),
  };
}

describe('lychee fixtures replayed (shared/bench/links-lychee)', () => {
  afterAll(() => {
    console.log(
      `lychee scenarios: ${tally.passed} of ${tally.passed + tally.failed} applicable passed; ` +
        `${tally.skipped.length} skipped:\n  ${tally.skipped.join('\n  ')}`,
    );
  });
  for (const entry of entries) {
    const key = `${entry.fixture} | ${entry.scenario}`;
    const replay = LYCHEE[key];
    if (entry.needs_internet) {
      tally.skipped.push(`${key} — needs the internet`);
      it.skip(`${key} (needs the internet)`, () => undefined);
      continue;
    }
    if (replay === undefined) throw new Error(`no translation for expected.json entry "${key}"`);
    if (typeof replay === 'string') {
      tally.skipped.push(`${key} — ${replay}`);
      it.skip(`${key} (${replay})`, () => undefined);
      continue;
    }
    it(key, async () => {
      let problems: string[];
      if ('file' in replay) problems = extractionProblems(replay, entry.expected);
      else {
        const outcome = await runReplay(`${BENCH}/fixtures`, replay);
        problems = mismatches(crawlExpectation(entry.expected), outcome);
        const { unsupported } = entry.expected;
        if (unsupported !== undefined && outcome.stats.otherSchemes !== unsupported)
          problems.push(`other schemes ${outcome.stats.otherSchemes}`);
      }
      if (problems.length) tally.failed++;
      else tally.passed++;
      expect(problems).toEqual([]);
    });
  }
});
