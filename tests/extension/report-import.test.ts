import { describe, expect, it } from 'vitest';
import { findingsForPage, pageKey, parseReport, ReportImportError } from '@/extension/report-import.ts';
import { PAGE, reportWith, typoAt } from './report-fixture.ts';

describe('report import', () => {
  it('accepts a crawler report and keeps its findings', () => {
    const report = reportWith([typoAt(PAGE, '布署', '部署')]);
    const parsed = parseReport(JSON.stringify(report));
    expect(parsed.findings).toHaveLength(1);
    expect(parsed.findings[0]).toMatchObject({ text: '布署', url: PAGE });
  });

  it.each([
    ['not JSON', '{', '不是有效的 JSON'],
    ['another tool', JSON.stringify({ tool: { name: 'lighthouse' } }), '不是 govcheck 巡检报告'],
    ['a future schema', JSON.stringify({ ...reportWith([]), schemaVersion: 2 }), '不支持的报告版本 2'],
    ['no findings', JSON.stringify({ ...reportWith([]), findings: undefined }), '报告缺少 findings'],
  ])('rejects %s with a Chinese-first message', (_, text, message) => {
    expect(() => parseReport(text)).toThrow(ReportImportError);
    expect(() => parseReport(text)).toThrow(message);
  });

  it('names the finding that lacks fields', () => {
    const report = reportWith([typoAt(PAGE, '布署', '部署'), typoAt(PAGE, '己经', '已经')]);
    delete (report.findings[1] as Partial<(typeof report.findings)[1]>).url;
    expect(() => parseReport(JSON.stringify(report))).toThrow('第 2 条问题缺少字段 url');
  });

  it('matches the page by URL without fragment or trailing slash, and through merged pages', () => {
    const own = typoAt(PAGE, '布署', '部署');
    const merged = {
      ...typoAt('http://127.0.0.1:8080/other.html', '通迅', '通讯'),
      pages: ['http://127.0.0.1:8080/other.html', `${PAGE}/`],
    };
    const elsewhere = typoAt('http://127.0.0.1:8080/other.html', '己经', '已经');
    const report = reportWith([own, merged, elsewhere]);
    expect(
      findingsForPage(report, `${PAGE}#section-2`)
        .map((f) => f.text)
        .sort(),
    ).toEqual(['布署', '通迅']);
    expect(findingsForPage(report, 'http://127.0.0.1:8080/third.html')).toEqual([]);
    expect(pageKey('http://127.0.0.1:8080/')).toBe('http://127.0.0.1:8080/');
  });
});
