import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { applyFilters, filterChoices, filtersOf } from '../../crawler/apps/dashboard/filters.ts';
import { translator } from '../../crawler/apps/dashboard/i18n.ts';
import { ColumnTree } from '../../crawler/apps/dashboard/views/column-tree.tsx';
import { SitePage } from '../../crawler/apps/dashboard/views/site-page.tsx';
import type { FindingRow } from '../../shared/report/rows.ts';
import { columnEntry, columnTreeOf } from '../helpers/report-sections.ts';

const matchAt = (url: string) => ({ url, text: '', confidence: 1, kind: 'exact' as const, source: 'menu' as const });

const PNG = 'data:image/png;base64,iVBORw0KGgo=';

function row(index: number, over: Partial<FindingRow>): FindingRow {
  return {
    index,
    id: `f${index}`,
    checkId: 'typo-confusion',
    category: '错别字',
    indicators: '',
    indicatorIds: '',
    severity: '一般',
    severityId: 'minor',
    column: '通知公告',
    pageTitle: '',
    url: 'http://127.0.0.1/a',
    pageCount: 1,
    description: 'd',
    original: '',
    target: '',
    context: '',
    count: 1,
    fix: '',
    fixKind: 'typo-confusion|typo',
    suspect: false,
    confidence: 0,
    suggestion: '',
    evidence: '',
    deadline: '',
    status: '新发现',
    statusId: 'new',
    unit: '县政府办公室',
    ...over,
  };
}

const ROWS = [
  row(1, { evidence: PNG }),
  row(2, {
    category: '链接不可用',
    severity: '严重',
    severityId: 'major',
    statusId: 'open',
    status: '仍存在',
    unit: '县教育局',
  }),
  row(3, { statusId: 'fixed', status: '已整改', column: '', evidence: 'javascript:alert(1)' }),
];

describe('dashboard views and filters', () => {
  it('filters rows on every set key, exactly', () => {
    expect(applyFilters(ROWS, filtersOf(new URLSearchParams('category=错别字'))).map((r) => r.index)).toEqual([1, 3]);
    expect(
      applyFilters(ROWS, filtersOf(new URLSearchParams('category=错别字&status=fixed'))).map((r) => r.index),
    ).toEqual([3]);
    expect(
      applyFilters(ROWS, filtersOf(new URLSearchParams('unit=县教育局&severity=major'))).map((r) => r.index),
    ).toEqual([2]);
    expect(applyFilters(ROWS, filtersOf(new URLSearchParams('unit=县'))).length).toBe(0);
    expect(filterChoices(ROWS).column).toEqual([{ value: '通知公告', label: '通知公告' }]);
    expect(filterChoices(ROWS).status.map((c) => c.label)).toEqual(['新发现', '仍存在', '已整改']);
  });

  it('shows evidence screenshots only as inline images from data URLs', () => {
    const site = {
      name: '<i>县</i>',
      startUrl: 'http://127.0.0.1/',
      href: '/',
      runs: [],
      trend: [],
      latest: { runId: 1, report: { sections: {} }, summary: { passed: false, verdict: '不合格' } },
    } as never;
    const html = renderToString(h(SitePage, { t: translator('zh'), site, rows: ROWS, shown: ROWS, filters: {} }));
    expect(html.match(/<img class="evidence" src="([^"]+)"/g)).toEqual([`<img class="evidence" src="${PNG}"`]);
    expect(html).not.toContain('<i>县</i>');
    expect(html).toContain('&lt;i>县&lt;/i>');
  });

  it('nests catalog columns under their parent and colours them by state', () => {
    const html = renderToString(
      h(ColumnTree, {
        section: columnTreeOf(
          [
            columnEntry({ id: 'xxgk', name: '政府信息公开', state: 'ok', match: matchAt('javascript:alert(1)') }),
            columnEntry({ id: 'guide', name: '公开指南', parent: 'xxgk', state: 'stale' }),
          ],
          [{ name: '专题', url: 'http://127.0.0.1/zt/', source: 'menu' }],
        ),
        t: translator('zh'),
      }),
    );
    expect(html).toContain(
      '<li class="col-ok" data-state="ok">政府信息公开<span class="badge">正常</span>' +
        '<ul><li class="col-bad" data-state="stale">公开指南',
    );
    expect(html).not.toContain('javascript:');
    expect(html).toContain('href="http://127.0.0.1/zt/"');
  });

  it('has no Chinese interface text in en mode (page content stays as the report has it)', () => {
    const site = {
      name: 'Site',
      startUrl: 'http://127.0.0.1/',
      href: '/',
      runs: [],
      trend: [],
      latest: { runId: 1, report: { sections: {} }, summary: { passed: false, verdict: '不合格', verdictEn: 'Fail' } },
    } as never;
    const t = translator('en');
    const html =
      renderToString(h(SitePage, { t, lang: 'en', site, rows: ROWS, shown: ROWS, filters: {} })) +
      renderToString(
        h(ColumnTree, { section: columnTreeOf([columnEntry({ id: 'a', name: 'A', state: 'stale' })]), t }),
      );
    // Row content (category labels, descriptions from the report) is taken out; what remains is interface.
    const chrome = html.replace(/<tbody>.*?<\/tbody>/gs, '').replace(/<option value="[^"]+"[^>]*>[^<]*<\/option>/g, '');

    expect(chrome).not.toMatch(/[\u4e00-\u9fff]/);
    expect(chrome).toContain('All categories');
    expect(chrome).toContain('Not updated');
  });
});
