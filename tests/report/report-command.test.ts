import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { runReportCommand } from '../../crawler/report/report-command.ts';
import { UsageError } from '../../crawler/runtime/errors.ts';
import { BASE_FINDINGS, makeReport, UNITS } from './fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'govcheck-report-cmd-'));
const save = (name: string, value: unknown) => {
  writeFileSync(join(dir, name), typeof value === 'string' ? value : JSON.stringify(value));
  return join(dir, name);
};

describe('govcheck report', () => {
  it('writes the requested formats from a saved report, with 复核 against the last one, per-unit notices', async () => {
    const current = save('site-2026-11-20.json', makeReport(BASE_FINDINGS.slice(1)));
    const previous = save('site-2026-10-20.json', makeReport(BASE_FINDINGS, '2026-10-20T02:00:00Z'));
    const units = save(
      'units.yaml',
      Object.entries(UNITS)
        .map(([p, u]) => `"${p}": ${u}`)
        .join('\n'),
    );
    const out = join(dir, 'out');
    const print = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    const code = await runReportCommand({ report: current, format: 'json,csv,docx', out, previous, units });
    const written = print.mock.calls.map(([line]) => String(line).trim());
    print.mockRestore();
    expect(code).toBe(0);
    expect(written).toEqual([
      `json: ${out}/site-2026-11-20.json`,
      `csv: ${out}/site-2026-11-20.csv`,
      `docx: ${out}/site-2026-11-20.docx`,
      `docx:县教育局: ${out}/site-2026-11-20.县教育局.docx`,
      `docx:县政府办公室: ${out}/site-2026-11-20.县政府办公室.docx`,
    ]);
    const json = JSON.parse(readFileSync(`${out}/site-2026-11-20.json`, 'utf8'));
    expect(json.sections.recheck.counts).toEqual({ new: 0, open: 4, fixed: 1, unchecked: 0 });
    expect(readFileSync(`${out}/site-2026-11-20.csv`, 'utf8')).toContain('已整改');
  });

  it('refuses a file that is no govcheck report, unknown formats, bad unit maps, overwriting its input', async () => {
    const report = save('r.json', makeReport());
    await expect(runReportCommand({ report: save('bad.json', { findings: [] }) })).rejects.toThrow(
      /不是有效的 govcheck 报告/,
    );
    await expect(runReportCommand({ report, format: 'html,doc' })).rejects.toThrow(UsageError);
    await expect(runReportCommand({ report, format: 'csv', units: save('u.json', ['x']) })).rejects.toThrow(/网址前缀/);
    await expect(runReportCommand({ report, format: 'json,csv' })).rejects.toThrow(/覆盖/);
  });
});
