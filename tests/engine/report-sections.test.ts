import { describe, expect, it } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { defineSiteCheck, reportSection } from '../../shared/checks/define-check.ts';
import type { ColumnTreeEntry } from '../../shared/columns/tree-section.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Report } from '../../shared/model/report.ts';

const meta = {
  category: 'typo' as const,
  title: { zh: '测试', en: 'Test' },
  description: { zh: '测试', en: 'Test' },
  indicators: ['NAT-P9' as const],
  severity: 'minor' as const,
  messages: {},
  fix: { zh: '改正', en: 'Fix' },
};

describe('typed report sections', () => {
  it('keeps the section a check declares under its id', async () => {
    const counter = defineSiteCheck({
      ...meta,
      id: 'count-pages',
      section: reportSection<{ pages: number }>('pages seen'),
      collect: ({ page }): string => page.url,
      finish: async (collected, ctx) => {
        let pages = 0;
        for await (const _ of collected) pages++;
        ctx.addSection({ pages });
        // @ts-expect-error a value of another type than the declared section
        if (pages < 0) ctx.addSection({ pages: 'none' });
        return [];
      },
    });
    const engine = new CheckEngine({
      checks: [counter],
      siteUrl: 'http://127.0.0.1/',
      asOf: '2026-11-20',
      profiles: ['national'],
      capabilities: { rendered: false, network: false },
    });
    await engine.checkPage(snapshotOf('<p>a</p>', 'http://127.0.0.1/a.html'));
    await engine.finish();
    expect(engine.sections).toEqual({ 'count-pages': { pages: 1 } });
  });

  it("refuses, when type-checked, a section nobody declared and a check's section of the wrong type", () => {
    defineSiteCheck({
      ...meta,
      id: 'silent',
      finish: (_collected, ctx) => {
        // @ts-expect-error a check without `section` writes none
        ctx.addSection({ anything: true });
        return [];
      },
    });
    const read = (report: Report) => {
      const columns: ColumnTreeEntry[] | undefined = report.sections['column-missing']?.columns;
      const result: 'fail' | 'pass' | 'unreachable' | undefined = report.sections.verdict?.result;
      // @ts-expect-error no such section
      const unknown = report.sections['no-such-section'];
      return [columns, result, unknown];
    };
    expect(read({ sections: {} } as Report)).toEqual([undefined, undefined, undefined]);
  });
});
