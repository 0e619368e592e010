import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/model/finding.ts';
import { computeVerdict } from '../../shared/report/verdict.ts';

let n = 0;
const finding = (over: Partial<Finding>): Finding => ({
  id: String(n++).padStart(16, '0'),
  checkId: 'column-stale',
  category: 'column-stale',
  outcome: 'fail',
  severity: 'major',
  indicators: [],
  url: 'http://127.0.0.1/',
  messageId: 'stale',
  message: { zh: '', en: '' },
  fix: { zh: '', en: '' },
  data: {},
  ...over,
});

describe('national verdict', () => {
  it('fails the site on any veto item and names the reasons', () => {
    const v = computeVerdict(
      [
        finding({ severity: 'veto', indicators: ['NAT-V3'], messageId: 'home-stale' }),
        finding({ indicators: ['NAT-V4', 'NAT-D4'] }),
      ],
      ['national'],
    );
    expect(v.result).toBe('fail');
    expect(v.label.zh).toBe('不合格');
    expect(v.veto.map((x) => [x.id, x.findings])).toEqual([['NAT-V3', 1]]);
    expect(v.reasons[0].zh).toBe('单项否决：首页不更新（1项问题）');
  });

  it('without a veto item, scores 100 minus capped deductions', () => {
    const v = computeVerdict(
      [
        finding({ indicators: ['NAT-V4', 'NAT-D4'] }),
        finding({ indicators: ['NAT-V4', 'NAT-D4'] }),
        ...Array.from({ length: 80 }, () =>
          finding({ category: 'broken-link', checkId: 'link-broken', indicators: ['NAT-D20'] }),
        ),
        finding({ outcome: 'incomplete', severity: 'info', indicators: ['NAT-D20'] }),
      ],
      ['national'],
    );
    expect(v.result).toBe('pass');
    expect(v.deductions.map((d) => [d.id, d.findings, d.points])).toEqual([
      ['NAT-D4', 2, 5],
      ['NAT-D20', 80, 5],
    ]);
    expect(v.score).toBe(90);
    expect(v.reasons[0].zh).toBe('未发现单项否决问题；可自动判定的扣分合计 10 分');
  });

  it('fails a site whose deduction score drops below the pass mark of a custom profile', () => {
    const strict = {
      id: 'strict',
      title: '严格',
      source: '测试',
      includes: ['national'],
      columns: [],
      scoring: { passScore: 96 },
    };
    const v = computeVerdict([finding({ indicators: ['NAT-D4'] })], ['strict'], [strict]);
    expect(v).toMatchObject({ result: 'fail', score: 95, passScore: 96 });
    expect(v.reasons[0].zh).toBe('扣分指标得分 95 分，低于 96 分');
  });

  it('lists which indicators are judged automatically, partly, or only by a person', () => {
    const v = computeVerdict([], ['national']);
    expect(v.indicators.auto.map((i) => i.id)).toEqual(expect.arrayContaining(['NAT-V2', 'NAT-V3', 'GK-61', 'NAT-D4']));
    expect(v.indicators.partial.map((i) => i.id)).toEqual(expect.arrayContaining(['NAT-V1', 'NAT-V4', 'NAT-V5']));
    expect(v.result).toBe('pass');
  });

  it('warns when a NAT-V4 count nears its veto threshold, counting each column once', async () => {
    const blank = (column: string) =>
      finding({
        category: 'column-empty',
        checkId: 'column-empty',
        column,
        indicators: ['NAT-V4'],
        data: { vetoGroup: 'blank' },
      });
    expect(computeVerdict([blank('统计信息')], ['national']).warnings).toEqual([]);
    const v = computeVerdict([blank('统计信息'), blank('统计信息'), blank('政策解读')], ['national']);
    expect(v.warnings).toEqual([
      { zh: '临近否决：空白栏目已有 2 个（达到 5 个即单项否决）', en: 'Near veto: 2 blank columns (veto at 5)' },
    ]);
  });
});
