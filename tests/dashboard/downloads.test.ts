import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { attachmentHeader, downloadName, noticesZip } from '../../crawler/apps/dashboard/downloads.ts';
import { translator } from '../../crawler/apps/dashboard/i18n.ts';
import { runForDisplay } from '../../crawler/apps/dashboard/run-evidence.ts';
import { zipStore } from '../../crawler/apps/dashboard/zip-store.ts';
import { RunsTable } from '../../crawler/apps/dashboard/views/runs-table.tsx';
import { FindingsTable } from '../../shared/report/components/findings-table.tsx';
import { findingRows } from '../../shared/report/rows.ts';
import type { SitesConfig } from '../../crawler/apps/sites/sites-config.ts';
import { BASE_FINDINGS, makeReport, RED_DOT_PNG, SITE, UNITS } from '../report/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'govcheck-downloads-'));

describe('dashboard downloads', () => {
  it('names files after the site and the crawl day, never host:port, and says so in a header any browser reads', () => {
    const report = { ...makeReport(), site: { startUrl: SITE, host: '127.0.0.1:38399', name: '示例县人民政府' } };
    expect(downloadName(report, 'xlsx')).toBe('示例县人民政府-2026-11-20-问题清单.xlsx');
    expect(downloadName(report, 'docx', '县教育局')).toBe('示例县人民政府-2026-11-20-整改通知-县教育局.docx');
    expect(attachmentHeader('示例-问题清单.xlsx')).toBe(
      `attachment; filename="_-_.xlsx"; filename*=UTF-8''${encodeURIComponent('示例-问题清单.xlsx')}`,
    );
  });

  it('zips every unit’s 整改通知 into one archive that unzip reads back', async () => {
    const path = join(dir, 'notices.zip');
    writeFileSync(path, await noticesZip(makeReport(), { units: UNITS }));
    const listing = execFileSync('unzip', ['-Z1', path], { encoding: 'utf8' }).trim().split('\n');
    expect(listing).toEqual([
      '示例县人民政府-2026-11-20-整改通知.docx',
      '示例县人民政府-2026-11-20-整改通知-县教育局.docx',
      '示例县人民政府-2026-11-20-整改通知-县政府办公室.docx',
    ]);
    execFileSync('unzip', ['-tq', path]);
    const inner = join(dir, 'education.docx');
    writeFileSync(inner, execFileSync('unzip', ['-p', path, listing[1]]));
    expect(execFileSync('unzip', ['-p', inner, 'word/document.xml'], { encoding: 'utf8' })).toContain('县教育局：');
    expect(zipStore({}).length).toBe(22);
  });

  it('shows stored evidence screenshots: files under the site’s report folder become inline images', async () => {
    const config = { reportsDir: join(dir, 'reports') } as SitesConfig;
    const site = { name: '示例县 人民政府', url: SITE };
    mkdirSync(join(config.reportsDir, '示例县_人民政府', 'evidence'), { recursive: true });
    writeFileSync(
      join(config.reportsDir, '示例县_人民政府', 'evidence', 'a11y-1.png'),
      Buffer.from(RED_DOT_PNG.split(',')[1], 'base64'),
    );
    const stored = makeReport([{ ...BASE_FINDINGS[1], data: { screenshot: 'evidence/a11y-1.png' } }]);
    const { report } = await runForDisplay(stored, config, site);
    expect(report.findings[0].data.screenshot).toBe(RED_DOT_PNG);
    const html = renderToString(h(FindingsTable, { rows: findingRows(report), tableId: 't', controls: false }));
    expect(html).toContain(`<img class="evidence" src="${RED_DOT_PNG}"`);
  });

  it('counts the runs table like the list (problems to fix) and explains the 复核 column', () => {
    const report = makeReport();
    const html = renderToString(
      h(RunsTable, {
        t: translator('en'),
        runs: [{ id: 1, startUrl: SITE, startedAt: report.startedAt, finishedAt: report.finishedAt, report }],
      }),
    );
    expect(html).toContain('<td class="num">4</td>');
    expect(html).toContain('Re-check column: +new / still open / −fixed');
  });
});
