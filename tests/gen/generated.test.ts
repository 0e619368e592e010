import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatedFiles, root } from '../../scripts/gen/generated-files.ts';
import { withReportEnums } from '../../scripts/gen/report-enums.ts';

describe('generated files', () => {
  it.each(Object.entries(generatedFiles()))('%s is up to date', (path, expected) => {
    expect(readFileSync(root(path), 'utf8'), `${path} is stale: run \`npm run gen\` and commit it`).toBe(expected);
  });

  it("writes the report schema's category enum from CATEGORIES", () => {
    const stale = '"category": { "enum": ["broken-link", "typo"] },\n"severity": { "enum": ["veto"] }';
    expect(withReportEnums(stale)).toBe(
      '"category": { "enum": ["broken-link", "typo", "spam", "column-missing", ' +
        '"column-empty", "column-stale", "a11y", "site-info", "privacy", "ipv6", "incomplete"] },\n' +
        '"severity": { "enum": ["veto", "major", "minor", "info"] }',
    );
  });
});
