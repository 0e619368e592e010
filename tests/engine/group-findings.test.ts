import { describe, expect, it } from 'vitest';
import { a11yAxe } from '../../shared/checks/a11y-axe/index.ts';
import { spamLink } from '../../shared/checks/spam-link/index.ts';
import { definePageCheck } from '../../shared/checks/define-check.ts';
import type { CheckResult } from '../../shared/checks/types.ts';
import { typoFormat } from '../../shared/checks/typo-format/index.ts';
import { MAX_LOCATIONS } from '../../shared/engine/group-findings.ts';
import { mergeDuplicates } from '../../shared/report/merge-duplicates.ts';
import { computeVerdict } from '../../shared/report/verdict.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import type { AxeRuleSummary } from '../../shared/a11y/audit-types.ts';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import type { PageSnapshot } from '../../shared/model/page-snapshot.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';

const SITE = 'http://127.0.0.1/';

const engineWith = (checks: CheckDefinition[], rendered = false) =>
  new CheckEngine({
    checks,
    siteUrl: SITE,
    asOf: '2026-11-20',
    profiles: ['national'],
    capabilities: { rendered, network: false },
  });

const probe = (run: () => CheckResult[]) =>
  definePageCheck({
    id: 'probe-check',
    category: 'typo',
    title: { zh: '测试', en: 'Test' },
    description: { zh: '测试', en: 'Test' },
    indicators: ['NAT-P9'],
    severity: 'minor',
    run,
    messages: { hit: { zh: '发现“{text}”', en: 'Found "{text}"' } },
    fix: { zh: '改正', en: 'Fix' },
  });

/** 417 sentences (3 paragraphs of 139), each with one half-width comma between Chinese words. */
const COMMA_PAGE = [0, 1, 2]
  .map((p) => `<p>${Array.from({ length: 139 }, (_, i) => `第${p}段第${i}句各部门,各单位要认真落实。`).join('')}</p>`)
  .join('');

describe('grouping in the engine (contract C1)', () => {
  it('turns 417 half-width commas on a page into one finding counting 417, examples in the message', async () => {
    const findings = await engineWith([typoFormat]).checkPage(snapshotOf(COMMA_PAGE, `${SITE}a.html`));
    const commas = findings.filter((f) => f.messageId === 'halfwidth' && f.text === ',');
    expect(commas).toHaveLength(1);
    const [f] = commas;
    expect(f.count).toBe(417);
    expect(f.locations).toHaveLength(MAX_LOCATIONS);
    expect(f.locations?.[0]).toEqual(f.location);
    expect(f.message.zh).toMatch(/（本页共 417 处，例如：“[^”]*各部门,各单位[^”]*”/);
    expect(f.message.en).toContain('(417 occurrences on this page, e.g. "');
  });

  it('lets the verdict count the problem once, not its 417 occurrences', async () => {
    const findings = await engineWith([typoFormat]).checkPage(snapshotOf(COMMA_PAGE, `${SITE}a.html`));
    const lines = Object.values(computeVerdict(findings, ['national']).indicators).flat();
    expect(lines.find((l) => l.id === 'NAT-P9')?.findings).toBe(1);
  });

  it('keeps the id when the page changes around the problem (no selector, no offset in it)', async () => {
    const before = await engineWith([typoFormat]).checkPage(snapshotOf(`<div>${COMMA_PAGE}</div>`, `${SITE}a.html`));
    const after = await engineWith([typoFormat]).checkPage(
      snapshotOf(
        `<div class="banner">通知</div><ul><li>新条目</li></ul><p>新加的一段话。</p><section>${COMMA_PAGE}</section>`,
        `${SITE}a.html`,
      ),
    );
    const ids = (fs: typeof before) => fs.filter((f) => f.messageId === 'halfwidth').map((f) => f.id);
    expect(ids(after)).toEqual(ids(before));
    expect(after.find((f) => f.messageId === 'halfwidth')?.location?.selector).not.toBe(
      before.find((f) => f.messageId === 'halfwidth')?.location?.selector,
    );
  });

  it('groups by identity: a check fingerprint groups different texts, different evidence stays apart', async () => {
    const check = probe(() => [
      { messageId: 'hit', text: '甲', location: { selector: 'p:nth-of-type(1)' } },
      { messageId: 'hit', text: '乙', location: { selector: 'p:nth-of-type(2)' } },
      { messageId: 'hit', text: '甲', location: { selector: 'p:nth-of-type(3)' } },
      { messageId: 'hit', text: '丙', fingerprint: 'rule-x', location: { selector: 'b' } },
      { messageId: 'hit', text: '丁', fingerprint: 'rule-x', location: { selector: 'i' } },
    ]);
    const findings = await engineWith([check]).checkPage(snapshotOf('<p>x</p>', `${SITE}a.html`));
    expect(findings.map((f) => [f.text, f.count ?? 1, f.locations?.map((l) => l.selector), f.identity])).toEqual([
      ['甲', 2, ['p:nth-of-type(1)', 'p:nth-of-type(3)'], undefined],
      ['乙', 1, undefined, undefined],
      ['丙', 2, ['b', 'i'], 'rule-x'],
    ]);
    expect(new Set(findings.map((f) => f.id)).size).toBe(3);
  });

  it('cuts an example from a long sentence around the wrong text', async () => {
    const sentence = `${'根据县政府工作安排，'.repeat(6)}请使用帐号登录。`;
    const check = probe(() =>
      [0, 1].map((i) => ({
        messageId: 'hit',
        text: '帐号',
        location: { selector: `p:nth-of-type(${i + 1})`, context: sentence },
      })),
    );
    const [f] = await engineWith([check]).checkPage(snapshotOf('<p>x</p>', `${SITE}a.html`));
    expect(f.message.zh).toMatch(/（本页共 2 处，例如：“…[^”]*请使用帐号登录。”）$/);
  });

  it('lets a failure win over a weak signal of the same problem and keeps the most severe level', async () => {
    const check = probe((): CheckResult[] => [
      {
        messageId: 'hit',
        text: '甲',
        outcome: 'incomplete',
        severity: 'info',
        data: { suspect: true, confidence: 0.4 },
      },
      { messageId: 'hit', text: '甲', severity: 'minor', data: { tier: 2 } },
      { messageId: 'hit', text: '甲', severity: 'major', data: { tier: 2 } },
    ]);
    const [f] = await engineWith([check]).checkPage(snapshotOf('<p>x</p>', `${SITE}a.html`));
    expect(f).toMatchObject({ outcome: 'fail', severity: 'major', count: 3, data: { tier: 2 } });
  });

  it('makes 10 repeats of one axe rule one finding with 10 elements, counting what axe counted', async () => {
    const nodes = Array.from({ length: 10 }, (_, i) => ({
      target: `img:nth-of-type(${i + 1})`,
      html: `<img src="p${i}.png">`,
    }));
    nodes[2].html = '<img src="data:image/gif;base64,R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==">';
    const rule = (id: string, count: number): AxeRuleSummary => ({
      id,
      impact: 'critical',
      tags: ['wcag2a', 'wcag111'],
      help: '图像必须有替代文本',
      helpUrl: 'https://dequeuniversity.com/rules/axe/4.10/image-alt',
      nodes: nodes.slice(0, count),
      nodeCount: count,
    });
    const page: PageSnapshot = {
      ...snapshotOf('<p>x</p>', `${SITE}a.html`),
      a11y: {
        axe: {
          version: '4.10',
          locale: 'zh_CN',
          violations: [rule('image-alt', 10), rule('link-name', 1)],
          incomplete: [],
          passes: [],
          inapplicable: [],
        },
        text: { chars: 0, byFontPx: [], byLineHeight: [] },
        overlays: [],
      },
    };
    const findings = await engineWith([a11yAxe], true).checkPage(page);
    expect(findings.map((f) => [f.axeRuleId, f.count ?? 1, f.locations?.length ?? 1])).toEqual([
      ['image-alt', 10, 10],
      ['link-name', 1, 1],
    ]);
    const [alt] = findings;
    expect(alt.locations?.map((l) => l.selector)).toEqual(nodes.map((n) => n.target));
    expect(alt.message.zh).toContain('（本页共 10 处，例如：“img p0.png”；“img p1.png”；“img data:image/gif;b…”）');
  });

  it('makes a hidden farm of 40 spam links one finding listing its targets', async () => {
    const links = Array.from({ length: 40 }, (_, i) => `<a href="http://bet${i % 4}.example/${i}">澳门赌场${i}</a>`);
    const page = snapshotOf(`<p>正文</p><div style="display:none">${links.join(' ')}</div>`, `${SITE}a.html`);
    const findings = await engineWith([spamLink]).checkPage(page);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatchObject({ checkId: 'spam-link', count: 40, data: { count: 40 } });
    expect(findings[0].data.targets).toContain('http://bet3.example/39');
    // The message says the count itself: the note adds only examples.
    expect(findings[0].message.zh).toMatch(/40 个隐藏链接.*（例如：“澳门赌场0”；“澳门赌场1”；“澳门赌场2”）$/);
    expect(findings[0].message.en).toMatch(/ \(e\.g\. "澳门赌场0"; "澳门赌场1"; "澳门赌场2"\)$/);
  });

  it('rewrites the note of a farm found on two pages, keeping the message that states its own count', async () => {
    const links = Array.from({ length: 5 }, (_, i) => `<a href="http://bet.example/${i}">赌场${i}</a>`);
    const farm = `<div style="display:none">${links.join('')}</div>`;
    const engine = engineWith([spamLink]);
    const findings = [
      ...(await engine.checkPage(snapshotOf(`<p>一</p>${farm}`, `${SITE}a.html`))),
      ...(await engine.checkPage(snapshotOf(`<p>二</p>${farm}`, `${SITE}b.html`))),
    ];
    const [merged, ...rest] = mergeDuplicates(findings);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ count: 10, pageCount: 2 });
    expect(merged.message.zh).toMatch(
      /5 个隐藏链接[^（]*（[^）]*）（2 个页面共 10 处，例如：“赌场0”；“赌场1”；“赌场2”）$/,
    );
  });
});
