import { describe, expect, it } from 'vitest';
import { definePageCheck, defineSiteCheck, reportSection } from '../../shared/checks/define-check.ts';
import { gather } from '../../shared/checks/collected.ts';
import type { PageCheck } from '../../shared/checks/types.ts';
import { CheckEngine } from '../../shared/engine/run-checks.ts';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';

const meta = {
  category: 'typo' as const,
  title: { zh: '测试', en: 'Test' },
  description: { zh: '测试', en: 'Test' },
  indicators: ['NAT-P9' as const],
  severity: 'minor' as const,
  messages: { hit: { zh: '发现“{text}”', en: 'Found "{text}"' } },
  fix: { zh: '改正“{text}”', en: 'Fix "{text}"' },
};

const engineWith = (checks: PageCheck[] | ReturnType<typeof defineSiteCheck>[], extra = {}) =>
  new CheckEngine({
    checks,
    siteUrl: 'http://127.0.0.1/',
    asOf: '2026-11-20',
    profiles: ['national'],
    capabilities: { rendered: false, network: false },
    ...extra,
  });

describe('CheckEngine', () => {
  const page = snapshotOf('<p>正文</p>', 'http://127.0.0.1/a.html');

  it(
    "fills each language's message with its own word where a result gives words, and stores only the " + 'code',
    async () => {
      const check = definePageCheck({
        ...meta,
        id: 'words-check',
        messages: { hit: { zh: '暗链（{how}）：{text}', en: 'Hidden link ({how}): {text}' } },
        run: () => [
          {
            messageId: 'hit',
            text: '赌场',
            data: { how: 'off-screen' },
            words: { how: { zh: '移出屏幕', en: 'off-screen' } },
          },
        ],
      });
      const [finding] = await engineWith([check]).checkPage(page);
      expect(finding.message).toEqual({ zh: '暗链（移出屏幕）：赌场', en: 'Hidden link (off-screen): 赌场' });
      expect(finding.data).toEqual({ how: 'off-screen' });
    },
  );

  it('turns results into findings with rendered messages, defaults and a stable id', async () => {
    const check = definePageCheck({
      ...meta,
      id: 'ok-check',
      run: () => [{ messageId: 'hit', text: '正文', location: { selector: 'p' } }],
    });
    const [a] = await engineWith([check]).checkPage(page);
    const [b] = await engineWith([check]).checkPage(page);
    expect(a).toMatchObject({
      checkId: 'ok-check',
      category: 'typo',
      outcome: 'fail',
      severity: 'minor',
      url: 'http://127.0.0.1/a.html',
      message: { zh: '发现“正文”', en: 'Found "正文"' },
      fix: { zh: '改正“正文”' },
    });
    expect(a.id).toMatch(/^[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
  });

  it('records a throwing check as one incomplete finding and runs the others', async () => {
    const throwing = definePageCheck({
      ...meta,
      id: 'throws',
      run: () => {
        throw new Error('词典损坏');
      },
    });
    const fine = definePageCheck({ ...meta, id: 'fine', run: () => [{ messageId: 'hit', text: 'x' }] });
    const engine = engineWith([throwing, fine]);
    const findings = await engine.checkPage(page);
    expect(findings.map((f) => [f.checkId, f.outcome, f.messageId])).toEqual([
      ['throws', 'incomplete', 'check-error'],
      ['fine', 'fail', 'hit'],
    ]);
    expect(findings[0].message.zh).toContain('词典损坏');
    expect(engine.timing().find((t) => t.checkId === 'throws')).toMatchObject({ runs: 1, errors: 1 });
  });

  it('records a check that never finishes as incomplete after its time limit', async () => {
    const hanging = definePageCheck({ ...meta, id: 'hangs', run: () => new Promise(() => undefined) });
    const [finding] = await engineWith([hanging], { timeoutMs: 50 }).checkPage(page);
    expect(finding).toMatchObject({ outcome: 'incomplete', data: { error: 'timed out after 50 ms' } });
  });

  it('aborts the signal of a check that runs out of time, so it can stop', async () => {
    let signal: AbortSignal | undefined;
    const hanging = definePageCheck({
      ...meta,
      id: 'hangs',
      run: (ctx) => {
        signal = ctx.signal;
        return new Promise(() => undefined);
      },
    });
    await engineWith([hanging], { timeoutMs: 20 }).checkPage(page);
    expect(signal?.aborted).toBe(true);
    expect(String(signal?.reason)).toContain('timed out after 20 ms');
  });

  it('leaves the signal of a check that finished in time alone', async () => {
    let signal: AbortSignal | undefined;
    const quick = definePageCheck({
      ...meta,
      id: 'quick',
      run: (ctx) => {
        signal = ctx.signal;
        return [];
      },
    });
    await engineWith([quick], { timeoutMs: 20 }).checkPage(page);
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(signal?.aborted).toBe(false);
  });

  it('records every check as ran, failed or skipped with the reason and page counts', async () => {
    const fine = definePageCheck({ ...meta, id: 'fine', run: () => [] });
    const throwing = definePageCheck({
      ...meta,
      id: 'throws',
      run: () => {
        throw new Error('boom');
      },
    });
    const needsBrowser = definePageCheck({ ...meta, id: 'rendered-only', needs: ['rendered'], run: () => [] });
    const engine = engineWith([fine, throwing, needsBrowser]);
    await engine.checkPage(page);
    await engine.checkPage(snapshotOf('<p>b</p>', 'http://127.0.0.1/b.html'));
    const timing = engine.timing();
    expect(timing.map(({ checkId, status, runs, errors }) => ({ checkId, status, runs, errors }))).toEqual([
      { checkId: 'fine', status: 'ran', runs: 2, errors: 0 },
      { checkId: 'throws', status: 'failed', runs: 2, errors: 2 },
      { checkId: 'rendered-only', status: 'skipped', runs: 0, errors: 0 },
    ]);
    expect(timing[2].reason?.zh).toContain('浏览器渲染');
    expect(timing[2].reason?.en).toContain('rendered pages');
  });

  it('merges declared option defaults under the configured options', async () => {
    let seen: Record<string, unknown> = {};
    const check = definePageCheck({
      ...meta,
      id: 'opts',
      run: (ctx) => {
        seen = ctx.options;
        return [];
      },
      options: {
        schema: { limit: { type: 'integer' }, mode: { type: 'string' } },
        defaults: { limit: 5, mode: 'fast' },
      },
    });
    await engineWith([check], {
      checkOptions: { '*': { whitelist: { terms: ['甲'] } }, opts: { limit: 9 } },
    }).checkPage(page);
    expect(seen).toEqual({ limit: 9, mode: 'fast', whitelist: { terms: ['甲'] } });
  });

  it('rethrows under debug', async () => {
    const throwing = definePageCheck({
      ...meta,
      id: 'throws',
      run: () => {
        throw new Error('boom');
      },
    });
    await expect(engineWith([throwing], { debug: true }).checkPage(page)).rejects.toThrow('boom');
  });

  it('turns an unknown messageId into an incomplete finding rather than a crash', async () => {
    const sloppy = definePageCheck({ ...meta, id: 'sloppy', run: () => [{ messageId: 'nope' }] });
    const [finding] = await engineWith([sloppy]).checkPage(page);
    expect(finding).toMatchObject({ outcome: 'incomplete', messageId: 'check-error' });
  });

  it('runs site checks after all pages, with their sections and options', async () => {
    const counter = defineSiteCheck({
      ...meta,
      id: 'count-pages',
      section: reportSection<{ pages: number }>('pages seen'),
      collect: ({ page: p }): number => p.textBlocks.length,
      finish: async (collected, ctx) => {
        const counts = await gather(collected);
        ctx.addSection({ pages: counts.length });
        return [{ messageId: 'hit', text: `${counts.reduce((a, b) => a + b, 0)}/${String(ctx.options.limit)}` }];
      },
    });
    const engine = engineWith([counter], { checkOptions: { 'count-pages': { limit: 9 } } });
    expect(await engine.checkPage(page)).toEqual([]);
    await engine.checkPage(snapshotOf('<p>a</p><p>b</p>', 'http://127.0.0.1/b.html'));
    const [finding] = await engine.finish();
    expect(finding).toMatchObject({ text: '3/9', url: 'http://127.0.0.1/' });
    expect(engine.sections).toEqual({ 'count-pages': { pages: 2 } });
  });

  it('skips checks whose needs the host cannot meet', async () => {
    const needsBrowser = definePageCheck({
      ...meta,
      id: 'rendered-only',
      needs: ['rendered'],
      run: () => [{ messageId: 'hit' }],
    });
    expect(await engineWith([needsBrowser]).checkPage(page)).toEqual([]);
    expect(
      await engineWith([needsBrowser], { capabilities: { rendered: true, network: false } }).checkPage(page),
    ).toHaveLength(1);
  });
});
