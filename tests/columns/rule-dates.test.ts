import { describe, expect, it } from 'vitest';
import { resolveProfiles } from '../../shared/profiles/index.ts';
import { computeVerdict } from '../../shared/report/verdict.ts';
import { GOOD_FOOTER } from '../checks/column-site/county-site.ts';
import { runSite, summary } from '../checks/column-site/run-site.ts';

const nav: [string, string][] = [['首页', '/']];

describe('rules carry the date from which they apply', () => {
  it('leaves out profiles and their columns not yet in force on the as-of date', () => {
    const before2019 = resolveProfiles(['county-portal'], [], undefined, '2018-06-01');
    expect(before2019.columns).toEqual([]);
    expect(before2019.notInForce.map((n) => [n.id, n.since])).toEqual([
      ['national-2019', '2019-04-18'],
      ['xxgk-platform', '2019-11-29'],
      ['tiaoli-20', '2019-05-15'],
      ['tiaoli-21', '2019-05-15'],
      ['jiceng-county', '2021-01-01'],
    ]);
    const mid2019 = resolveProfiles(['national'], [], undefined, '2019-06-01');
    expect(mid2019.columns.map((c) => c.id)).toContain('news');
    expect(mid2019.columns.map((c) => c.id)).not.toContain('xxgk');
    expect(resolveProfiles(['national'], [], undefined, '2024-06-01').notInForce).toEqual([]);
    // Without a date every rule applies (hosts validating --profile).
    expect(resolveProfiles(['national']).columns.length).toBe(
      resolveProfiles(['national'], [], undefined, '2024-06-01').columns.length,
    );
  });

  it('does not report 2019 columns missing on a site judged as of 2018', async () => {
    const site = { '/': { title: '平安县人民政府', nav, depth: 0 } };
    expect((await runSite(site, { asOf: '2018-06-01' })).findings).toEqual([]);
    expect(summary((await runSite(site, { asOf: '2024-06-01' })).findings)).toContain(
      'column-missing missing 通知公告 / major fail',
    );
  });

  it('takes www.beian.gov.cn for the current filing address before beian.mps.gov.cn applies', async () => {
    const footer = GOOD_FOOTER.replace(
      'https://beian.mps.gov.cn/#/query/webSearch?code=51012302000123',
      'http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=51012302000123',
    );
    const run = (asOf: string) =>
      runSite({ '/': { title: '平安县人民政府', nav, depth: 0, footer } }, { asOf, checks: ['site-info'] });
    expect(summary((await run('2023-06-01')).findings)).toEqual([]);
    expect(summary((await run('2024-06-01')).findings)).toEqual(['site-info police-link  / minor fail']);
  });

  it('asks for the 适老化 entry only from the retrofit deadline on', async () => {
    const run = (asOf: string) =>
      runSite(
        { '/': { title: '平安县人民政府', nav, depth: 0, rendered: true } },
        { asOf, checks: ['a11y-elder-entry'] },
      );
    expect((await run('2021-06-01')).findings).toEqual([]);
    expect(summary((await run('2022-06-01')).findings)).toEqual(['a11y-elder-entry no-entry  / major fail']);
  });

  it('lists the rule set used in the verdict', () => {
    const rules = computeVerdict([], ['national'], [], { asOf: '2019-06-01' }).rules!;
    expect(rules.asOf).toBe('2019-06-01');
    expect(rules.profiles.map((p) => [p.id, p.since, p.applied])).toEqual([
      ['national-2019', '2019-04-18', true],
      ['xxgk-platform', '2019-11-29', false],
      ['national', null, true],
    ]);
    expect(rules.dated.map((r) => [r.id, r.applied])).toEqual([
      ['address-beian-mps', false],
      ['a11y-elder-entry', false],
      ['home-updates', true],
    ]);
  });
});
