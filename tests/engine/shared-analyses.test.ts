import { describe, expect, it, vi } from 'vitest';
import { snapshotOf } from '../../crawler/page/snapshot-from-html.ts';
import { collectedFrom, gather } from '../../shared/checks/collected.ts';
import { defineAnalysis, definePageCheck, defineSiteCheck } from '../../shared/checks/define-check.ts';
import type { CheckDefinition } from '../../shared/checks/types.ts';
import { CheckEngine, type EngineOptions } from '../../shared/engine/run-checks.ts';
import { storedItemKeys } from '../../shared/engine/shared-analyses.ts';

const meta = {
  category: 'typo' as const,
  title: { zh: '测试', en: 'Test' },
  description: { zh: '测试', en: 'Test' },
  indicators: ['NAT-P9' as const],
  severity: 'minor' as const,
  messages: { hit: { zh: '发现“{text}”', en: 'Found "{text}"' } },
  fix: { zh: '改正', en: 'Fix' },
};

const engineWith = (checks: CheckDefinition[], extra: Partial<EngineOptions> = {}) =>
  new CheckEngine({
    checks,
    siteUrl: 'http://127.0.0.1/',
    asOf: '2026-11-20',
    profiles: ['national'],
    capabilities: { rendered: false, network: false },
    ...extra,
  });

const pages = ['a', 'b', 'c'].map((name) => snapshotOf(`<p>${name}</p>`, `http://127.0.0.1/${name}.html`));

/** A site-wide analysis (the page count and titles) that counts its calls. */
function countingAnalysis() {
  const calls = { collect: 0, finish: 0 };
  const analysis = defineAnalysis<string, { pages: string[]; options: unknown }>({
    id: 'page-urls',
    collect: ({ page }) => {
      calls.collect += 1;
      return page.url;
    },
    finish: async (collected, ctx) => {
      calls.finish += 1;
      return { pages: await gather(collected), options: ctx.options };
    },
  });
  return { analysis, calls };
}

/** A site check that reports how many pages the analysis saw. */
const readerOf = (analysis: ReturnType<typeof countingAnalysis>['analysis'], id: string) =>
  defineSiteCheck({
    ...meta,
    id,
    uses: [analysis],
    async finish(_collected, ctx) {
      const { pages: seen } = await ctx.analysis(analysis);
      return [{ messageId: 'hit', text: String(seen.length) }];
    },
  });

describe('shared analyses', () => {
  it('collects once per page and finishes once per crawl for every check that reads it', async () => {
    const { analysis, calls } = countingAnalysis();
    const engine = engineWith([
      readerOf(analysis, 'reader-a'),
      readerOf(analysis, 'reader-b'),
      readerOf(analysis, 'reader-c'),
    ]);
    for (const page of pages) await engine.checkPage(page);
    const findings = await engine.finish();
    expect(calls).toEqual({ collect: 3, finish: 1 });
    // Each reader did nothing else per page: the shared collect is its page run.
    expect(engine.timing().map((t) => t.runs)).toEqual([4, 4, 4]);
    expect(findings.map((f) => [f.checkId, f.text])).toEqual([
      ['reader-a', '3'],
      ['reader-b', '3'],
      ['reader-c', '3'],
    ]);
  });

  it('hands each page item over once, under the analysis id, and finishes from a host store by that id', async () => {
    const { analysis, calls } = countingAnalysis();
    const checks = [readerOf(analysis, 'reader-a'), readerOf(analysis, 'reader-b')];
    const crawling = engineWith(checks);
    const store = new Map<string, unknown[]>();
    for (const page of pages) {
      const { collected } = await crawling.inspectPage(page);
      expect(collected).toEqual([['page-urls', page.url]]);
      for (const [id, item] of collected) store.set(id, [...(store.get(id) ?? []), item]);
    }
    // A fresh engine, as after a crash: only the stored items are left.
    const finishing = engineWith(checks);
    const findings = await finishing.finish({}, (id) => collectedFrom(store.get(id) ?? []));
    expect(findings.map((f) => f.text)).toEqual(['3', '3']);
    expect(calls).toEqual({ collect: 3, finish: 1 });
  });

  it('finishes again for a check configured with other options, and only then', async () => {
    const { analysis, calls } = countingAnalysis();
    const checks = [readerOf(analysis, 'reader-a'), readerOf(analysis, 'reader-b'), readerOf(analysis, 'reader-c')];
    const engine = engineWith(checks, { checkOptions: { 'reader-c': { windows: { news: '10d' } } } });
    for (const page of pages) await engine.checkPage(page);
    await engine.finish();
    expect(calls.finish).toBe(2);
  });

  it('gives page checks the item of a per-page analysis, computed once per page and never kept', async () => {
    let calls = 0;
    const length = defineAnalysis<number>({
      id: 'text-length',
      collect: ({ page }) => {
        calls += 1;
        return page.textBlocks.map((b) => b.text).join('').length;
      },
    });
    const pageCheck = (id: string) =>
      definePageCheck({
        ...meta,
        id,
        uses: [length],
        run: (ctx) => [{ messageId: 'hit', text: String(ctx.item(length)) }],
      });
    const engine = engineWith([pageCheck('length-a'), pageCheck('length-b')]);
    const { findings, collected } = await engine.inspectPage(pages[0]);
    expect(findings.map((f) => f.text)).toEqual(['1', '1']);
    expect(collected).toEqual([]);
    expect(calls).toBe(1);
  });

  it('runs no analysis that only skipped checks use', async () => {
    const { analysis, calls } = countingAnalysis();
    const engine = engineWith([{ ...readerOf(analysis, 'reader-a'), needs: ['network'] }]);
    expect((await engine.inspectPage(pages[0])).collected).toEqual([]);
    expect(calls.collect).toBe(0);
  });

  it('records a failing analysis as an error of each check that uses it', async () => {
    const broken = defineAnalysis<string>({
      id: 'broken',
      collect: () => {
        throw new Error('bad page');
      },
    });
    const reader = (id: string) => defineSiteCheck({ ...meta, id, uses: [broken], finish: () => [] });
    const engine = engineWith([reader('reader-a'), reader('reader-b')]);
    const findings = await engine.checkPage(pages[0]);
    expect(findings.map((f) => [f.checkId, f.messageId, f.data?.error])).toEqual([
      ['reader-a', 'check-error', 'bad page'],
      ['reader-b', 'check-error', 'bad page'],
    ]);
    expect(engine.timing().map((t) => [t.checkId, t.errors])).toEqual([
      ['reader-a', 1],
      ['reader-b', 1],
    ]);
  });

  it('refuses an analysis a check reads without declaring it', async () => {
    const { analysis } = countingAnalysis();
    const sneaky = defineSiteCheck({
      ...meta,
      id: 'sneaky',
      finish: async (_collected, ctx) => {
        await ctx.analysis(analysis);
        return [];
      },
    });
    const [finding] = await engineWith([sneaky]).finish();
    expect(finding.messageId).toBe('check-error');
    expect(finding.data?.error).toMatch(/without listing it in uses/);
  });

  it('refuses an analysis id that is also a check id: their stored items would mix', () => {
    const { analysis } = countingAnalysis();
    expect(() => engineWith([readerOf(analysis, 'page-urls')])).toThrow(/not unique/);
  });
});

describe('the traditional-script analysis', () => {
  it('judges each page once for typo-serious, typo-confusion and typo-script', async () => {
    const { CHECK_BY_ID } = await import('../../shared/checks/index.ts');
    const { traditionalScript } = await import('../../shared/checks/typo-script/detect.ts');
    const collect = vi.spyOn(traditionalScript, 'collect');
    const ids = ['typo-serious', 'typo-confusion', 'typo-script'];
    const engine = engineWith(ids.map((id) => CHECK_BY_ID.get(id)!));
    await engine.checkPage(snapshotOf('<p>這是一個關於經濟發展的繁體頁面，內容豐富。</p>', 'http://127.0.0.1/t.html'));
    await engine.checkPage(snapshotOf('<p>这是一个关于经济发展的简体页面。</p>', 'http://127.0.0.1/s.html'));
    expect(collect).toHaveBeenCalledTimes(2);
    expect(collect.mock.results.map((r) => r.value)).toEqual([true, false]);
    collect.mockRestore();
  });
});

describe('storedItemKeys', () => {
  it('names what a crawl stores: collecting site checks and finishing analyses, not per-page ones', async () => {
    const { CHECKS } = await import('../../shared/checks/index.ts');
    const keys = storedItemKeys(CHECKS);
    expect(keys).toContain('columns');
    expect(keys).toContain('link-broken');
    expect(keys).not.toContain('column-missing');
    expect(keys).not.toContain('traditional-script');
    expect(keys).toEqual([...keys].sort());
  });
});
