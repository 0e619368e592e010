import { describe, expect, it } from 'vitest';
import { definePageCheck } from '../../shared/checks/define-check.ts';
import type { CheckResult } from '../../shared/checks/types.ts';
import { fingerprint } from '../../shared/engine/fingerprint.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { Finding } from '../../shared/model/finding.ts';
import type { PageRecord, Report } from '../../shared/model/report.ts';
import { buildReport } from '../../shared/report/build-report.ts';
import { diffReports } from '../../shared/report/diff.ts';
import { mergeDuplicates } from '../../shared/report/merge-duplicates.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { assertValidReport } from '../helpers/validate-report.ts';

const SITE = 'http://127.0.0.1/';
const A = `${SITE}a.html`;
const B = `${SITE}b.html`;

/** Test check: reports each 「x」 mark on the page as the typo “x”, where it sits (selector and offset). */
const marks = definePageCheck({
  id: 'typo-confusion',
  category: 'typo',
  title: { zh: '测试', en: 'Test' },
  description: { zh: '测试', en: 'Test' },
  indicators: ['NAT-P9'],
  severity: 'minor',
  messages: { typo: { zh: '错别字“{text}”', en: 'Typo "{text}"' } },
  fix: { zh: '改为“{suggestion}”', en: 'Write "{suggestion}"' },
  run: ({ page }) =>
    page.textBlocks.flatMap((block) =>
      [...block.text.matchAll(/「(.)」/g)].map(
        (m): CheckResult => ({
          messageId: 'typo',
          text: m[1],
          suggestion: `${m[1]}正`,
          location: { selector: block.path, offset: m.index, context: block.text },
        }),
      ),
    ),
});

/** Findings of one crawl: page URL → HTML. */
async function crawl(pages: Record<string, string>): Promise<Finding[]> {
  const engine = new CheckEngine({
    checks: [marks],
    siteUrl: SITE,
    asOf: '2026-11-20',
    profiles: ['national'],
    capabilities: { rendered: false, network: false },
  });
  const findings: Finding[] = [];
  for (const [url, html] of Object.entries(pages)) findings.push(...(await engine.checkPage(snapshotOf(html, url))));
  return findings;
}

const record = (url: string): PageRecord => ({
  url,
  finalUrl: url,
  status: 200,
  contentType: 'text/html',
  title: url,
  depth: 1,
  rendered: false,
});

const report = (findings: Finding[], pages = [A, B], startedAt = '2026-11-20T02:00:00Z'): Report =>
  buildReport({
    version: '0.1.0',
    startUrl: SITE,
    startedAt: new Date(startedAt),
    finishedAt: new Date(startedAt),
    asOf: '2026-11-20',
    profiles: ['national'],
    pages: pages.map(record),
    findings,
    checks: [],
    linksProbed: 0,
  });

describe('template merge of grouped findings', () => {
  it('adds up counts over pages, says which page each location is on, and rewrites the note', async () => {
    const [merged, ...rest] = mergeDuplicates(
      await crawl({ [A]: '<p>「甲」「甲」「甲」</p>', [B]: '<div>「甲」</div><p>「甲」</p>' }),
    );
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ pages: [A, B], pageCount: 2, count: 5, url: A });
    expect(merged.locations?.map((l) => l.url)).toEqual([A, A, A, B, B]);
    expect(merged.location).toEqual(merged.locations?.[0]);
    expect(merged.message.zh).toMatch(/^错别字“甲”（2 个页面共 5 处，例如：“「甲」「甲」「甲」”；“「甲」”）$/);
    expect(merged.message.en).toMatch(/^Typo "甲" \(5 occurrences on 2 pages, e\.g\. /);
    assertValidReport(JSON.parse(JSON.stringify(report([merged]))));
  });

  it('writes no note when each page has the problem once: the page list says it', async () => {
    const [merged] = mergeDuplicates(await crawl({ [A]: '<p>「甲」</p>', [B]: '<nav>首页</nav><p>「甲」</p>' }));
    expect(merged).toMatchObject({ pageCount: 2, count: 2, message: { zh: '错别字“甲”', en: 'Typo "甲"' } });
  });
});

describe('复核 with grouping', () => {
  it('keeps every problem open when a banner, a paragraph and a list item are added above it', async () => {
    const body = '<p>「甲」和「乙」</p><div>「甲」</div>';
    const before = report(await crawl({ [A]: body, [B]: '<p>「丙」</p>' }));
    const after = report(
      await crawl({
        [A]: `<div class="banner">公告</div><p>新的一段。</p><ul><li>新条目</li></ul>${body}`,
        [B]: '<h1>标题</h1><p>「丙」</p>',
      }),
    );
    const recheck = diffReports(after, before);
    expect(recheck.counts).toEqual({ new: 0, open: 3, fixed: 0, unchecked: 0 });
  });

  it('marks exactly the removed problem fixed, and a problem on a page not checked again unchecked', async () => {
    const before = report(await crawl({ [A]: '<p>「甲」「乙」</p>', [B]: '<p>「丙」</p>' }));
    const after = report(await crawl({ [A]: '<p>「甲」</p>' }), [A]);
    const recheck = diffReports(after, before);
    expect(recheck.counts).toEqual({ new: 0, open: 1, fixed: 1, unchecked: 1 });
    expect(recheck.resolved.map((r) => [r.finding.text, r.status])).toEqual([
      ['乙', 'fixed'],
      ['丙', 'unchecked'],
    ]);
  });

  it('matches a problem that was separate on two pages and is merged now, and the reverse', async () => {
    const separate = report(await crawl({ [A]: '<p>「甲」</p>', [B]: '<p>「乙」</p>' }));
    // Same problem on both pages now: one template-merged finding whose id is not either old id.
    const merged = report(await crawl({ [A]: '<p>「甲」</p>', [B]: '<p>「甲」「乙」</p>' }));
    expect(merged.findings.find((f) => f.text === '甲')?.pageCount).toBe(2);
    expect(diffReports(merged, separate).counts).toEqual({ new: 0, open: 2, fixed: 0, unchecked: 0 });
    expect(diffReports(separate, merged).counts).toEqual({ new: 0, open: 2, fixed: 0, unchecked: 0 });
  });

  it('reads a report written before grouping (a row per occurrence, ids with selectors) as the same', async () => {
    const grouped = report(await crawl({ [A]: `<p>${'「甲」'.repeat(417)}</p><p>「乙」</p>` }));
    const oldKey = (f: Finding, selector: string | undefined, i: number) =>
      [f.target, f.text, f.column, f.axeRuleId, selector, i].join('|');
    const legacy = grouped.findings.flatMap((f) =>
      (f.locations ?? [f.location!]).map((l, i) => ({
        ...f,
        id: fingerprint(f.checkId, f.messageId, f.url, oldKey(f, l.selector, i)),
        location: l,
        count: undefined,
        locations: undefined,
      })),
    );
    expect(legacy).toHaveLength(201);
    const recheck = diffReports(grouped, report(legacy, [A, B], '2026-10-01T00:00:00Z'));
    expect(recheck.counts).toEqual({ new: 0, open: 2, fixed: 0, unchecked: 0 });
  });

  it('matches a problem a check now words, groups or identifies differently: same subject, same outcome', () => {
    const link = (messageId: string, target: string, extra: Partial<Finding> = {}): Finding => ({
      id: fingerprint(messageId, target, extra.identity),
      checkId: 'spam-link',
      category: 'spam',
      outcome: 'fail',
      severity: 'veto',
      indicators: ['NAT-V1'],
      url: A,
      messageId,
      message: { zh: target, en: target },
      fix: { zh: '删除', en: 'Remove' },
      target,
      data: {},
      ...extra,
    });
    const previous = report([
      link('hidden', 'http://spam.example/1'),
      link('hidden', 'http://spam.example/2'),
      link('network-error', 'http://gone.example/'),
      link('hidden', 'http://other.example/', { text: '彩票' }),
    ]);
    const current = report([
      link('hidden', 'http://spam.example/1', {
        identity: 'spam.example',
        count: 2,
        data: { targets: ['http://spam.example/1', 'http://spam.example/2'] },
      }),
      link('private-address', 'http://gone.example/'),
      link('hidden', 'http://other.example/', { text: '彩票', identity: 'other.example' }),
      link('inconclusive', 'http://gone.example/', { outcome: 'incomplete' }),
    ]);
    const recheck = diffReports(current, previous);
    expect(recheck.counts).toEqual({ new: 1, open: 3, fixed: 0, unchecked: 0 });
    expect(current.findings.filter((f) => recheck.statusById[f.id] === 'new').map((f) => f.messageId)).toEqual([
      'inconclusive',
    ]);
  });

  it('calls a missing problem 未复查, not 已整改, when its check did not run or its page was not audited', () => {
    const base = {
      checkId: 'typo-confusion',
      category: 'typo' as const,
      outcome: 'fail' as const,
      severity: 'minor' as const,
      indicators: ['NAT-P9'],
      url: A,
      messageId: 'typo',
      message: { zh: '错', en: 'typo' },
      fix: { zh: '改', en: 'fix' },
      text: '帐号',
      suggestion: '账号',
      data: {},
    };
    const typo: Finding = { ...base, id: fingerprint('typo') };
    const axe: Finding = {
      ...base,
      id: fingerprint('axe'),
      checkId: 'a11y-axe',
      category: 'a11y',
      messageId: 'violation',
      axeRuleId: 'image-alt',
      text: undefined,
      suggestion: undefined,
    };
    const previous = report([typo, axe], [A], '2026-10-01T00:00:00Z');
    const timing = (checkId: string, status: 'ran' | 'skipped') => ({ checkId, status, runs: 1, errors: 0, ms: 1 });
    const linksOnly = {
      ...report([], [A]),
      checks: [timing('link-broken', 'ran'), timing('a11y-axe', 'ran'), timing('typo-confusion', 'skipped')],
    };
    expect(diffReports(linksOnly, previous).resolved.map((r) => [r.finding.checkId, r.status])).toEqual([
      ['a11y-axe', 'unchecked'],
      ['typo-confusion', 'unchecked'],
    ]);
    const rendered = { ...report([], [A]), pages: [{ ...record(A), rendered: true }] };
    expect(diffReports(rendered, previous).resolved.map((r) => r.status)).toEqual(['unchecked', 'fixed']);
    const audited = { ...report([], [A]), pages: [{ ...record(A), rendered: true, audited: true }] };
    expect(diffReports(audited, previous).resolved.map((r) => r.status)).toEqual(['fixed', 'fixed']);
  });
});
