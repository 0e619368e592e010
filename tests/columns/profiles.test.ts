import { describe, expect, it } from 'vitest';
import { INDICATOR_BY_ID } from '../../shared/indicators/catalog.ts';
import {
  BUILT_IN_PROFILES,
  DEFAULT_PROFILE_IDS,
  resolveProfiles,
  UnknownProfileError,
  type Profile,
} from '../../shared/profiles/index.ts';

const ids = (r: ReturnType<typeof resolveProfiles>) => r.columns.map((c) => c.id);

describe('indicator profiles', () => {
  it('defaults to the national rules: 2019 indicators plus the 61号 platform', () => {
    const r = resolveProfiles([]);
    expect(r.ids).toEqual([...DEFAULT_PROFILE_IDS]);
    expect(r.profiles.map((p) => p.id)).toEqual(['national-2019', 'xxgk-platform', 'national']);
    expect(ids(r)).toEqual(
      expect.arrayContaining([
        'news',
        'notices',
        'policy-docs',
        'xxgk',
        'xxgk-guide',
        'xxgk-rules',
        'xxgk-proactive',
        'xxgk-annual-report',
      ]),
    );
    expect(r.scoring.vetoThresholds).toEqual({ staleNewsNotice: 5, longStale: 10, blank: 5 });
    expect(r.windows).toMatchObject({ news: '14d', notice: '6m', yearly: '1y' });
  });

  it('composes profiles: the same column from two profiles merges names, indicators and rules', () => {
    const r = resolveProfiles(['national-2019', 'tiaoli-20']);
    const policy = r.columns.find((c) => c.id === 'policy-docs')!;
    expect(policy.indicators).toEqual(['NAT-V4', 'NAT-D4', 'GK-TL20']);
    expect(policy.synonyms).toEqual(expect.arrayContaining(['政府文件', '其他文件']));
    expect(policy.rule).toContain('第二十条');
    expect(policy.rule).toContain('国办秘函');
  });

  it('filters columns by site type', () => {
    expect(ids(resolveProfiles(['tiaoli-21'], [], 'township'))).toEqual(
      expect.arrayContaining(['homestead', 'fundraising-labour']),
    );
    expect(ids(resolveProfiles(['tiaoli-21'], [], 'township'))).not.toContain('public-security');
    expect(ids(resolveProfiles(['national-2019'], [], 'department'))).not.toContain('overview');
    // The township composite says what it is for; an explicit site type still wins.
    expect(resolveProfiles(['township']).siteType).toBe('township');
    expect(ids(resolveProfiles(['township']))).toContain('homestead');
    expect(ids(resolveProfiles(['township']))).not.toContain('overview');
    expect(ids(resolveProfiles(['township'], [], 'portal'))).not.toContain('homestead');
  });

  it('applies provincial variants on top of the national platform', () => {
    const zj = resolveProfiles(['zhejiang-2020']).columns.find((c) => c.id === 'xxgk')!;
    expect(zj).toMatchObject({ onHomePage: true, nonStandard: [] });
    const sc = resolveProfiles(['national', 'sichuan-county']).columns;
    expect(sc.find((c) => c.id === 'statistics')).toMatchObject({ window: '90d', freshness: 'quarterly' });
    expect(sc.find((c) => c.id === 'organisation')).toMatchObject({ name: '机关简介' });
    expect(sc.find((c) => c.id === 'organisation')!.synonyms).toContain('机构职能');
  });

  it('takes profiles defined in the config and rejects unknown ids at the boundary', () => {
    const custom: Profile = {
      id: 'my-county',
      title: '本县',
      source: '县政务公开办',
      includes: ['national'],
      columns: [
        {
          id: 'rural',
          name: '乡村振兴',
          freshness: 'quarterly',
          rule: '县政务公开办通知',
          indicators: ['GK-JC'],
          certainty: 'V',
        },
      ],
    };
    expect(ids(resolveProfiles(['my-county'], [custom]))).toContain('rural');
    expect(() => resolveProfiles(['national', 'nope'])).toThrow(UnknownProfileError);
    expect(() => resolveProfiles(['nope'])).toThrow(/nope/);
  });

  it('names only indicators that exist in the catalog, and unique column ids within each profile', () => {
    for (const profile of BUILT_IN_PROFILES) {
      const columnIds = profile.columns.map((c) => c.id);
      expect(new Set(columnIds).size, profile.id).toBe(columnIds.length);
      for (const c of profile.columns)
        for (const i of c.indicators) expect(INDICATOR_BY_ID.has(i), `${profile.id}/${c.id}: ${i}`).toBe(true);
      for (const i of Object.keys(profile.scoring?.deductions ?? {}))
        expect(INDICATOR_BY_ID.has(i) || i === 'NAT-D10', i).toBe(true);
    }
  });
});
