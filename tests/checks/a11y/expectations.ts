import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Finding } from '../../../shared/model/finding.ts';

/** Served as a folder: each rendered fixture is at <check>/fixtures/rendered/<page>.html under it. */
export const FIXTURES = join(import.meta.dirname, '../../../shared/checks');
const renderedDir = (check: string) => join(FIXTURES, check, 'fixtures/rendered');

/**
 * `shared/checks/<check>/fixtures/rendered/<page>.expect.json`: what the check must report on the page, as
 * "<rule id> <selector>" keys.
 */
export interface Expectation {
  check: string;
  fail: string[];
  incomplete: string[];
}

export interface FixturePage {
  check: string;
  name: string;
  html: string;
  /** Path under FIXTURES, for serving. */
  path: string;
  expected: Expectation;
}

/** Every fixture page of the given checks. */
export function fixturePages(checks: string[]): FixturePage[] {
  return checks.flatMap((check) =>
    readdirSync(renderedDir(check))
      .filter((f) => f.endsWith('.html'))
      .map((file) => {
        const name = file.replace(/\.html$/, '');
        const expected = JSON.parse(
          readFileSync(join(renderedDir(check), `${name}.expect.json`), 'utf8'),
        ) as Expectation;
        return {
          check,
          name,
          path: `${check}/fixtures/rendered/${file}`,
          html: readFileSync(join(renderedDir(check), file), 'utf8'),
          expected,
        };
      }),
  );
}

/** One key per element: a grouped finding (one per rule and page) lists its elements in `locations`. */
const keysOf = (f: Finding): string[] =>
  (f.locations ?? [f.location]).map((l) => [f.axeRuleId, l?.selector].filter(Boolean).join(' '));

/** The check's findings on the page, as expected: same failures, same needs-review items, nothing else. */
export function expectFindings(findings: Finding[], expected: Expectation): void {
  const own = findings.filter((f) => f.checkId === expected.check);
  expect(own.filter((f) => f.messageId === 'check-error').map((f) => f.message.en)).toEqual([]);
  expect([...new Set(own.filter((f) => f.outcome === 'fail').flatMap(keysOf))].sort()).toEqual(
    [...expected.fail].sort(),
  );
  expect([...new Set(own.filter((f) => f.outcome === 'incomplete').flatMap(keysOf))].sort()).toEqual(
    [...expected.incomplete].sort(),
  );
}
