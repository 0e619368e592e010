import type { Report } from '../../shared/model/report.ts';

/**
 * The JSON report, exactly as `JSON.stringify(report, null, 2)` writes it, in pieces: one per page record and
 * per finding. A 50,000-page report is ~27 MB of text (twice that as a JS string of Chinese); written piece by
 * piece it never exists whole in memory.
 */
export function* jsonReportChunks(report: Report): Generator<string> {
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? ',' : ''}\n  ${JSON.stringify(key)}: `;
    if (Array.isArray(value) && value.length) {
      for (const [j, item] of value.entries()) yield `${j ? ',' : '['}\n    ${indented(item, '    ')}`;
      yield '\n  ]';
    } else {
      yield indented(value, '  ');
    }
  }
  yield '\n}\n';
}

const indented = (value: unknown, indent: string): string =>
  (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent}`);
