import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
const SOURCE_DIRS = ['shared', 'crawler', 'extension', 'entrypoints', 'scripts', 'tests', 'bin'];
const SOURCE = /\.(ts|tsx|mts|cts|js|mjs|cjs)$/;
const MAX = 120;
const WIDE = new RegExp(
  String.raw`[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6` +
    String.raw`\u{20000}-\u{3fffd}]`,
  'u',
);

/** Display columns, as editors and the formatter count them: CJK and full-width characters take two. */
function displayWidth(line: string): number {
  let width = 0;
  for (const ch of line) width += WIDE.test(ch) ? 2 : 1;
  return width;
}

function* sourceFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* sourceFiles(path);
    else if (SOURCE.test(entry.name)) yield path;
  }
}

describe('source lines', () => {
  it(`stay within ${MAX} display columns (the formatter cannot wrap strings, comments or regular expressions)`, () => {
    const over: string[] = [];
    for (const dir of SOURCE_DIRS)
      for (const file of sourceFiles(join(ROOT, dir)))
        readFileSync(file, 'utf8')
          .split('\n')
          .forEach((line, i) => {
            if (displayWidth(line) > MAX) over.push(`${relative(ROOT, file)}:${i + 1} (${displayWidth(line)})`);
          });
    expect(over).toEqual([]);
  });

  it('counts a Chinese character as two columns', () => {
    expect(displayWidth('政府网站 ok')).toBe(11);
  });
});
