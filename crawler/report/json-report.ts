import type { Report } from '../../shared/model/report.ts';

/**
 * The JSON report, exactly as `JSON.stringify(report, null, 2)` (or, not pretty, `JSON.stringify(report)`)
 * writes it, in pieces: one per page record and per finding. A 50,000-page report is ~30 MB of text (twice
 * that as a JS string of Chinese); written piece by piece it never exists whole in memory.
 */
export function* jsonReportChunks(report: Report, pretty = true): Generator<string> {
  const [newline, indent, colon] = pretty ? ['\n', '  ', ': '] : ['', '', ':'];
  const json = (value: unknown, depth: number): string => pretty
    ? (JSON.stringify(value, null, 2) ?? 'null').replace(/\n/g, `\n${indent.repeat(depth)}`) : JSON.stringify(value) ?? 'null';
  const entries = Object.entries(report).filter(([, value]) => value !== undefined);
  yield '{';
  for (const [i, [key, value]] of entries.entries()) {
    yield `${i ? ',' : ''}${newline}${indent}${JSON.stringify(key)}${colon}`;
    if (Array.isArray(value) && value.length) {
      for (const [j, item] of value.entries()) yield `${j ? ',' : '['}${newline}${indent.repeat(2)}${json(item, 2)}`;
      yield `${newline}${indent}]`;
    } else {
      yield json(value, 1);
    }
  }
  yield pretty ? '\n}\n' : '}';
}

/** `JSON.stringify(report)` as UTF-8 bytes, built from pieces: no JS string of the whole report (for the store). */
export function jsonReportBytes(report: Report): Buffer {
  const parts: Buffer[] = [];
  let pending: string[] = [];
  let length = 0;
  for (const chunk of jsonReportChunks(report, false)) {
    pending.push(chunk);
    length += chunk.length;
    if (length >= 1 << 20) {
      parts.push(Buffer.from(pending.join('')));
      pending = [];
      length = 0;
    }
  }
  parts.push(Buffer.from(pending.join('')));
  return Buffer.concat(parts);
}
