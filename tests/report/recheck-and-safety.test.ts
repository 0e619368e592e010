import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../shared/engine/fingerprint.ts';
import { diffReports, recheckOf, withRecheck } from '../../shared/report/diff.ts';
import { neutralizeFormula, safeHref, safeImageDataUrl, stripControls } from '../../shared/report/escape.ts';
import { columnFinder } from '../../shared/report/page-columns.ts';
import { addDays, findingRows, resolvedRows } from '../../shared/report/rows.ts';
import { summarize } from '../../shared/report/summary.ts';
import { unitOf } from '../../shared/report/units.ts';
import { computeVerdict } from '../../shared/report/verdict.ts';
import { assertValidReport } from '../helpers/validate-report.ts';
import { BASE_FINDINGS, HOSTILE_FINDING, makeReport, SITE, UNITS } from './fixtures.ts';
import { columnEntry, columnTreeOf } from '../helpers/report-sections.ts';

const [linkA, linkB, typo, spam] = BASE_FINDINGS;

describe('复核 diff', () => {
  it('marks findings new, still open, fixed (page re-checked) and unchecked (page not crawled again)', () => {
    const gone = { ...linkA, id: fingerprint('gone'), url: `${SITE}removed.html`, target: 'https://gone.example/' };
    const previous = makeReport([linkA, linkB, spam, gone], '2026-10-01T00:00:00Z');
    const current = makeReport([linkA, typo, spam, HOSTILE_FINDING]);
    const recheck = diffReports(current, previous);
    expect(recheck.statusById).toEqual({
      [linkA.id]: 'open',
      [typo.id]: 'new',
      [spam.id]: 'open',
      [HOSTILE_FINDING.id]: 'new',
    });
    expect(recheck.resolved.map((r) => [r.finding.id, r.status])).toEqual([
      [linkB.id, 'fixed'],
      [gone.id, 'unchecked'],
    ]);
    expect(recheck.counts).toEqual({ new: 2, open: 2, fixed: 1, unchecked: 1 });
  });

  it('matches a per-page finding with the template-merged finding of the same problem', () => {
    const perPage = { ...linkA, url: `${SITE}a.html` };
    const merged = {
      ...linkA,
      id: fingerprint('template'),
      url: `${SITE}a.html`,
      pages: [`${SITE}a.html`, `${SITE}b.html`],
      pageCount: 2,
    };
    const recheck = diffReports(makeReport([merged]), makeReport([perPage], '2026-10-01T00:00:00Z'));
    expect(recheck.statusById[merged.id]).toBe('open');
    expect(recheck.resolved).toEqual([]);
  });

  it('puts the result in report.sections, keeps the report schema-valid, and every row shows its status', () => {
    const report = withRecheck(makeReport([linkA, typo]), makeReport([linkA, linkB], '2026-10-01T00:00:00Z'));
    assertValidReport(JSON.parse(JSON.stringify(report)));
    expect(recheckOf(report)?.counts.fixed).toBe(1);
    expect(
      findingRows(report)
        .map((r) => r.status)
        .sort(),
    ).toEqual(['仍存在', '新发现']);
    expect(resolvedRows(report).map((r) => [r.index, r.status, r.deadline])).toEqual([[3, '已整改', '']]);
    expect(summarize(report).trend).toContainEqual({
      key: 'broken-link',
      label: '链接不可用',
      previous: 2,
      current: 1,
    });
  });
});

describe('rows and summary', () => {
  it('derives deadlines from the notice date by severity and units by the longest URL prefix', () => {
    const rows = findingRows(makeReport(), { units: UNITS, deadlineDays: { major: 5 }, noticeDate: '2026-11-20' });
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(linkA.id)).toMatchObject({ deadline: '2026-11-25', unit: '县政府办公室', pageTitle: '政务公开' });
    expect(byId.get(typo.id)).toMatchObject({
      deadline: '2026-12-10',
      unit: '县教育局',
      original: '帐号',
      suggestion: '改为“账号”',
    });
    expect(unitOf('https://elsewhere.example/', UNITS)).toBeUndefined();
    expect(addDays('2026-12-30', 3)).toBe('2027-01-02');
  });

  it("finds 所属栏目 from the column check's section by the longest folder, never the site root", () => {
    const report = makeReport([spam]);
    report.sections['column-missing'] = columnTreeOf([
      columnEntry({ name: '动态要闻', foundAs: '新闻动态', url: `${SITE}news/index.html` }),
      columnEntry({ name: '通知公告', url: `${SITE}news/tzgg/index.html` }),
      columnEntry({ name: '首页', url: `${SITE}index.html` }),
      columnEntry({ name: '负责人信息', url: null }),
    ]);
    const columnOf = columnFinder(report);
    expect([`${SITE}news/2026/1.html`, `${SITE}news/tzgg/2.html`, `${SITE}about.html`].map(columnOf)).toEqual([
      '新闻动态',
      '通知公告',
      undefined,
    ]);
  });

  it('fails the site on a veto finding and counts incomplete findings apart', () => {
    const summary = summarize(makeReport());
    expect(summary).toMatchObject({ passed: false, failures: 4, vetoes: 1, incomplete: 1 });
    expect(summary.byIndicator.find((v) => v.id === 'NAT-V1')?.verdict).toBe('单项否决，不合格');
    expect(summarize(makeReport([linkA])).passed).toBe(true);
  });

  it('takes the verdict and score from the national verdict section when the report has one', () => {
    const report = makeReport();
    report.sections.verdict = computeVerdict(report.findings, ['national']);
    const summary = summarize(report);
    expect(summary.passed).toBe(false);
    expect(summary.verdict).toMatch(/^不合格：单项否决：严重表述错误/);
    expect(summary.score).toBeLessThan(100);
  });
});

describe('safety helpers', () => {
  it('neutralises spreadsheet formulas, also behind blanks', () => {
    for (const cell of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', ' =1', '\u3000=1'])
      expect(neutralizeFormula(cell)).toBe(`'${cell}`);
    for (const cell of ['正常文字', 'a=b', '1-2']) expect(neutralizeFormula(cell)).toBe(cell);
  });

  it('drops control characters, lone surrogates and noncharacters but keeps CJK, emoji, tab and newlines', () => {
    expect(stripControls('a\u0000b\u0001c\u000Bd\uFFFEe\uD800f政😀\t\n\r')).toBe('abcdef政😀\t\n\r');
    expect(stripControls('\u001b[31m\u007f\u0085\u009f\uFDD0\u{1FFFF}\uDC00红')).toBe('[31m红');
  });

  it('lets only http(s) links and base64 raster images through', () => {
    expect(safeHref('javascript:alert(1)')).toBeUndefined();
    expect(safeHref('https://a.gov.cn/x y')).toBe('https://a.gov.cn/x%20y');
    expect(safeImageDataUrl('data:image/svg+xml;base64,PHN2Zz4=')).toBeUndefined();
    expect(safeImageDataUrl('data:image/png;base64,iVBORw0KGgo=')).toBe('data:image/png;base64,iVBORw0KGgo=');
  });
});
