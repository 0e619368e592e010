import { describe, expect, it } from 'vitest';
import { compileSpec, dice, matchName } from '../../shared/columns/match.ts';
import { normaliseName } from '../../shared/columns/normalise.ts';
import { NATIONAL_2019 } from '../../shared/profiles/national-2019.ts';
import { XXGK_PLATFORM } from '../../shared/profiles/xxgk-platform.ts';

const spec = (id: string) =>
  compileSpec([...NATIONAL_2019.columns, ...XXGK_PLATFORM.columns].find((c) => c.id === id)!);
const match = (name: string, id: string) => matchName(normaliseName(name), spec(id));

describe('column name normalisation', () => {
  it('drops decoration, 栏目/专栏 suffixes, full-width forms and traditional characters', () => {
    expect(normaliseName(' 【通知公告】 ')).toBe('通知公告');
    expect(normaliseName('通知公告栏目')).toBe('通知公告');
    expect(normaliseName('政府信息公开专栏')).toBe('政府信息公开');
    expect(normaliseName('更多>>')).toBe('');
    expect(normaliseName('政府資訊公開')).toBe('政府资讯公开');
    expect(normaliseName('政務動態')).toBe('政务动态');
    expect(normaliseName('ＸＸ要闻')).toBe('xx要闻');
  });
});

describe('matching a site column to a catalog column', () => {
  it('scores canonical names, synonyms, place names, non-standard names, containment and fuzzy names', () => {
    expect(match('通知公告', 'notices')).toMatchObject({ kind: 'exact', confidence: 1 });
    expect(match('公示公告', 'notices')).toMatchObject({ kind: 'synonym', confidence: 0.9, matchedAs: '公示公告' });
    expect(match('平安要闻', 'news')).toMatchObject({ kind: 'place-name', confidence: 0.85, matchedAs: 'XX要闻' });
    expect(match('政务公开', 'xxgk')).toMatchObject({ kind: 'non-standard', confidence: 0.8 });
    expect(match('平安县政府信息公开指南', 'xxgk-guide')).toMatchObject({ kind: 'contains', confidence: 0.75 });
    expect(match('政府信息公开年度工作报告', 'xxgk-annual-report')).toMatchObject({ kind: 'fuzzy' });
    expect(match('政府信息公开年度工作报告', 'xxgk-annual-report')!.confidence).toBeGreaterThanOrEqual(0.6);
  });

  it('does not match unrelated or merely similar columns', () => {
    expect(match('招商引资', 'notices')).toBeUndefined();
    expect(match('政策解读', 'policy-docs')).toBeUndefined();
    expect(match('要闻', 'xxgk')).toBeUndefined();
  });

  it('measures bigram similarity', () => {
    expect(dice('政府信息公开年报', '政府信息公开年报')).toBe(1);
    expect(dice('通知公告', '招商引资')).toBe(0);
  });
});
