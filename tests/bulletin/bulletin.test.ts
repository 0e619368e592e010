import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding.ts';
import type { Report } from '../../shared/model/report.ts';
import { computeVerdict, unreachableVerdict } from '../../shared/report/verdict.ts';
import { storedReport } from '../../crawler/store/run-history.ts';
import { openDatabase } from '../../crawler/store/sqlite-schema.ts';
import { writeBulletin } from '../../crawler/apps/bulletin/bulletin-command.ts';
import { startDashboard } from '../../crawler/apps/dashboard/server.ts';
import { SqliteRunStore } from '../../crawler/apps/dashboard/sqlite-run-store.ts';
import { loadSitesConfig } from '../../crawler/apps/sites/sites-config.ts';
import { BASE_FINDINGS, makeReport, SITE } from '../report/fixtures.ts';

const dir = mkdtempSync(join(tmpdir(), 'govcheck-bulletin-'));
const db = join(dir, 'govcheck.sqlite');
const SITES = [
  { name: '甲镇人民政府', url: 'http://127.0.0.1:9101/', unit: '甲镇党政办' },
  { name: '乙县教育局', url: 'http://127.0.0.1:9102/', unit: '乙县教育局办公室' },
  { name: '丙县水利局', url: 'http://127.0.0.1:9103/', unit: '丙县水利局办公室' },
];

/** A stored report of one configured site: the fixture findings moved onto its address, with its verdict. */
function siteReport(site: (typeof SITES)[number], findings: Finding[], startedAt: string): Report {
  const moved = findings.map((f) => ({ ...f, url: f.url.replace(SITE, site.url) }));
  const report = makeReport(moved, startedAt);
  report.site = { startUrl: site.url, host: new URL(site.url).host, name: site.name };
  report.sections.verdict = computeVerdict(moved, ['national']);
  return report;
}

function storeRun(report: Report): number {
  const sqlite = openDatabase(db);
  try {
    return Number(
      sqlite
        .prepare('INSERT INTO runs (start_url, options, started_at, finished_at, report) VALUES (?, ?, ?, ?, ?)')
        .run(report.site.startUrl, '{}', report.startedAt, report.finishedAt, storedReport(report)).lastInsertRowid,
    );
  } finally {
    sqlite.close();
  }
}

// An earlier round in which 甲镇 still failed, then the round of 2026-11-20: 合格, 不合格, 无法访问.
const earlier = storeRun(siteReport(SITES[0], BASE_FINDINGS, '2026-10-20T02:00:00Z'));
storeRun(siteReport(SITES[0], [BASE_FINDINGS[2]], '2026-11-20T02:00:00Z'));
storeRun(siteReport(SITES[1], BASE_FINDINGS, '2026-11-20T03:00:00Z'));
const down = siteReport(SITES[2], [], '2026-11-20T04:00:00Z');
down.sections.verdict = unreachableVerdict(SITES[2].url, { zh: '连接被拒绝', en: 'connection refused' }, 'refused', [
  'national',
]);
storeRun(down);

const config = join(dir, 'sites.yaml');
writeFileSync(
  config,
  [
    `db: "${db}"`,
    `reportsDir: "${join(dir, 'reports')}"`,
    'notice: { issuer: 示例县人民政府办公室, contact: 张明, phone: "0719-1234567" }',
    'bulletin: { round: 2026年第四季度, addressee: 各乡镇人民政府，县政府各部门, docNumber: "示政办发' +
      '〔{year}〕{n}号" }',
    'sites:',
    ...SITES.flatMap((s) => [`  - name: ${s.name}`, `    url: "${s.url}"`, `    unit: ${s.unit}`]),
  ].join('\n'),
);

function docxText(path: string): string {
  const xml = execFileSync('unzip', ['-p', path, 'word/document.xml'], { encoding: 'utf8' });
  return xml.replace(/<\/w:p>/g, '\n').replace(/<[^>]+>/g, '');
}

afterAll(() => undefined);

describe('govcheck bulletin (通报 of a round)', () => {
  it('writes a DOCX + PDF 通报 and an XLSX whose numbers match the stored runs', async () => {
    const paths = await writeBulletin({ config, out: join(dir, 'out'), date: '2026-11-25' });
    const text = docxText(paths.docx);
    expect(text).toContain('示政办发〔2026〕\u3000\u3000号');
    expect(text).toContain('关于2026年第四季度政府网站检查情况的通报');
    expect(text).toContain('各乡镇人民政府，县政府各部门：');
    expect(text).toContain('本次共检查政府网站 3 个，其中合格 1 个，不合格 1 个，无法访问 1 个，合格率 33.3%。');
    expect(text).toMatch(/不合格网站：乙县教育局（[^）]*单项否决/);
    expect(text).toContain('无法访问网站：丙县水利局（起始页面无法访问（连接被拒绝）');
    // 主要问题 per category, naming the sites with their counts (from the same runs).
    expect(text).toMatch(/）链接不可用。1 个网站存在此类问题，共 2 条：乙县教育局 2 条。/);
    const typoSites = /(甲镇人民政府 1 条，乙县教育局 1 条|乙县教育局 1 条，甲镇人民政府 1 条)/.source;
    expect(text).toMatch(new RegExp(`错别字。2 个网站存在此类问题，共 2 条：${typoSites}。`));
    expect(text).toContain('于2026年12月10日前将书面整改报告');
    expect(text).toContain('二〇二六年十一月二十五日');
    expect(text).toContain('（联系人：张明，联系电话：0719-1234567）');
    for (const annex of [
      '附件：1．甲镇人民政府网站检查问题清单',
      '2．乙县教育局网站检查问题清单',
      '3．丙县水利局网站检查问题清单',
    ]) {
      expect(text).toContain(annex);
    }
    expect(text).toContain('检查时网站无法访问');
    // Annex deadlines count from the date of the 通报 (severity 一般: 20 days).
    expect(text).toContain('2026年12月15日');
    const xml = execFileSync('unzip', ['-p', paths.docx, 'word/document.xml'], { encoding: 'utf8' });
    expect(xml.match(/w:orient="landscape"/g)).toHaveLength(3);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(readFileSync(paths.xlsx) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('检查结果汇总')!;
    const header = (sheet.getRow(2).values as unknown[]).slice(1);
    const rows = [3, 4, 5].map((n) =>
      Object.fromEntries(header.map((h, i) => [h, sheet.getRow(n).getCell(i + 1).value])),
    );
    expect(
      rows.map((r) => [r['网站名称'], r['检查结论'], r['单项否决问题'], r['问题数'], r['链接不可用'], r['错别字']]),
    ).toEqual([
      ['甲镇人民政府', '合格', 0, 1, 0, 1],
      ['乙县教育局', '不合格', 1, 4, 2, 1],
      ['丙县水利局', '无法访问', '', '', '', ''],
    ]);
    expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', fitToWidth: 1 });

    // The PDF's first page, rendered as the README shows it.
    const png = join(dir, 'bulletin-page');
    execFileSync('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', paths.pdf, png]);
    const pdfText = execFileSync('pdftotext', [paths.pdf, '-'], { encoding: 'utf8' }).replace(/\s+/g, '');
    expect(pdfText).toContain('合格率33.3%');
    expect(readFileSync(`${png}.png`).length).toBeGreaterThan(10_000);
    if (process.env.GOVCHECK_UPDATE_DOCS) copyFileSync(`${png}.png`, 'docs/bulletin-page1.png');
  });

  it('is downloadable from the dashboard: a link on the site list, the same numbers', async () => {
    const dashboard = await startDashboard({ store: new SqliteRunStore(db), config: await loadSitesConfig(config) });
    try {
      const list = await (await fetch(dashboard.url)).text();
      expect(list).toContain('href="/bulletin/docx"');
      const res = await fetch(new URL('/bulletin/xlsx', dashboard.url));
      expect(res.status).toBe(200);
      expect(decodeURIComponent(res.headers.get('content-disposition') ?? '')).toMatch(
        /filename\*=UTF-8''通报-\d{4}-\d{2}-\d{2}\.xlsx/,
      );
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await res.arrayBuffer());
      const sheet = workbook.getWorksheet('检查结果汇总')!;
      expect([3, 4, 5].map((n) => sheet.getRow(n).getCell(6).value)).toEqual(['合格', '不合格', '无法访问']);
    } finally {
      await dashboard.close();
    }
  });

  it('takes the round of a given run: --run ID picks that run and the others as they were by its day', async () => {
    const paths = await writeBulletin({ config, run: String(earlier), out: join(dir, 'earlier'), date: '2026-10-25' });
    const text = docxText(paths.docx);
    expect(text).toContain(
      '本次共检查政府网站 1 个，其中合格 0 个，不合格 1 个，无法访问 0 个，合格率 0%；另有 2 个网站本轮未检查。',
    );
    await expect(writeBulletin({ config, run: '999' })).rejects.toThrow(/999/);
  });
});
