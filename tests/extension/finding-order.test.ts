import { describe, expect, it } from 'vitest';
import { groupByCategory } from '@/entrypoints/sidepanel/models/group-findings.ts';
import { inPageOrder } from '@/extension/page-order.ts';
import { deadLinkAt, PAGE, vetoTypoAt } from './report-fixture.ts';

describe('order of findings in the panel', () => {
  it('lists dead links in page order, not by URL string (-0, -10, -100 …), the most severe first', () => {
    // The link check sorts by URL; the page has them as -2, -10, -100.
    const byUrl = ['-10', '-100', '-2'].map((n) => deadLinkAt(PAGE, `http://127.0.0.1:8080/files/plan${n}.doc`));
    const pageOrder = [byUrl[2].id, byUrl[0].id, byUrl[1].id];
    const veto = { ...deadLinkAt(PAGE, 'http://127.0.0.1:8080/files/plan-9.doc'), severity: 'veto' as const };
    const ordered = inPageOrder([...byUrl, veto], [...pageOrder, veto.id]);
    const [links] = groupByCategory(ordered);
    expect(links.findings.map((f) => f.target?.replace(/.*plan|\.doc/g, ''))).toEqual(['-9', '-2', '-10', '-100']);
  });

  it('keeps findings that were not placed on the page, in their order, after the placed ones', () => {
    const [a, b, c] = ['a', 'b', 'c'].map((t) => vetoTypoAt(PAGE, t, t));
    expect(inPageOrder([a, b, c], [c.id]).map((f) => f.text)).toEqual(['c', 'a', 'b']);
  });
});
