import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jsonReportChunks } from '../../crawler/report/json-report.ts';
import { writeReports } from '../../crawler/report/write-reports.ts';
import type { Report } from '../../shared/model/report.ts';
import { hostileReport, makeReport } from './fixtures.ts';
import { crawlSection } from '../helpers/report-sections.ts';

const pretty = (report: Report) => `${JSON.stringify(report, null, 2)}\n`;

describe('the JSON report written piece by piece', () => {
  it('is byte for byte what JSON.stringify(report, null, 2) gives, with one piece per page and per finding', () => {
    const report = hostileReport();
    const chunks = [...jsonReportChunks(report)];
    expect(chunks.join('')).toBe(pretty(report));
    // Never the whole report in one string: each page record and each finding is its own piece.
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(pretty(report).length / 4);
    expect(chunks.length).toBeGreaterThan(report.pages.length + report.findings.length);
  });

  it('keeps empty lists, nested sections and absent fields as JSON.stringify does', () => {
    const report = {
      ...makeReport([]),
      pages: [],
      siteName: undefined,
      sections: { crawl: crawlSection() },
    } as Report;
    expect([...jsonReportChunks(report)].join('')).toBe(pretty(report));
    expect(JSON.parse([...jsonReportChunks(report)].join(''))).toEqual(JSON.parse(pretty(report)));
  });

  it('is what writeReports puts in the .json file', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'govcheck-json-'));
    try {
      const report = makeReport();
      const { json } = await writeReports(report, ['json'], join(dir, 'report.json'));
      expect(await readFile(json, 'utf8')).toBe(pretty(report));
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
