import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { spamText } from '@/shared/checks/spam-text/index.ts';
import { typoConfusion } from '@/shared/checks/typo-confusion/index.ts';
import type { Segment } from '@/shared/text/segmenter.ts';

const wasm = readFileSync('node_modules/jieba-wasm/pkg/web/jieba_rs_wasm_bg.wasm');

// The loader keeps its module for the life of the content script (one tab): each test starts a fresh one.
beforeEach(() => {
  vi.resetModules();
  vi.restoreAllMocks();
});
const freshLoader = async () => (await import('@/entrypoints/inspector.content/wasm-segmenter.ts')).loadSegmenter;
const freshRunPageChecks = async () =>
  (await import('@/entrypoints/inspector.content/run-page-checks.ts')).runPageChecks;

describe('loading jieba-wasm in the inspector', () => {
  it('fetches the module once per tab and cuts without HMM', async () => {
    const loadSegmenter = await freshLoader();
    const source = vi.fn(() => Promise.resolve(wasm));
    const [a, b] = await Promise.all([loadSegmenter(source), loadSegmenter(source)]);
    expect(await loadSegmenter(source)).toBe(a);
    expect(b).toBe(a);
    expect(source).toHaveBeenCalledTimes(1);
    // With HMM, jieba would guess the unknown place name 云溪县 as one word.
    expect(a!('云溪县人民政府召开会议')).toEqual(['云', '溪', '县', '人民政府', '召开', '会议']);
  });

  it('resolves to no segmenter, with a warning, when the module cannot be loaded', async () => {
    const loadSegmenter = await freshLoader();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(
      await loadSegmenter(() => Promise.reject(new Error('CompileError: blocked by the page CSP'))),
    ).toBeUndefined();
    expect(warn).toHaveBeenCalledOnce();
    expect(String(warn.mock.calls[0][0])).toContain('jieba-wasm could not load');
  });
});

// Each run loads every registered check's data in a fresh module: seconds on a busy machine (as in background.test.ts).
describe('检查本页 with word segmentation', { timeout: 60_000 }, () => {
  const noAxe = () => Promise.reject(new Error('axe is not part of this test'));
  beforeEach(() => {
    document.body.innerHTML = '<p id="rule">各部门要一搬按照规定办理，认真布署，不得推诿。</p>';
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  });
  const typos = (r: { findings: { text?: string }[] }) => r.findings.map((f) => f.text).sort();

  it('gives the typo checks the segmenter: 一搬 is reported only with it', async () => {
    const runPageChecks = await freshRunPageChecks();
    const loadSegmenter = await freshLoader();
    const segmenter = () => loadSegmenter(() => Promise.resolve(wasm));
    const withJieba = await runPageChecks(document, { checks: [typoConfusion], audit: noAxe, segmenter });
    const dictionaryMode = await runPageChecks(document, {
      checks: [typoConfusion],
      audit: noAxe,
      segmenter: () => Promise.resolve(undefined),
    });
    expect(typos(withJieba)).toEqual(['一搬', '布署']);
    expect(typos(dictionaryMode)).toEqual(['布署']);
  });

  it('hands the typo checks to the background when jieba-wasm cannot load in the page', async () => {
    const runPageChecks = await freshRunPageChecks();
    // The background's loader: the same module, already holding the wasm (as after its first load).
    await (await freshLoader())(() => Promise.resolve(wasm));
    const { checkTypos } = await import('@/entrypoints/background/typo-checks.ts');
    const typoChecksElsewhere = vi.fn(checkTypos);
    const result = await runPageChecks(document, {
      checks: [typoConfusion, spamText],
      audit: noAxe,
      segmenter: () => Promise.resolve(undefined),
      typoChecksElsewhere,
    });
    expect(typoChecksElsewhere).toHaveBeenCalledOnce();
    expect(typoChecksElsewhere.mock.calls[0][0].checkIds).toEqual(['typo-confusion']);
    expect(typos(result)).toEqual(['一搬', '布署']);
    expect([...result.checkIds].sort()).toEqual(['spam-text', 'typo-confusion']);
  });

  it('runs the typo checks in dictionary mode, with a warning, when the background fails too', async () => {
    const runPageChecks = await freshRunPageChecks();
    const result = await runPageChecks(document, {
      checks: [typoConfusion],
      audit: noAxe,
      segmenter: () => Promise.resolve(undefined),
      typoChecksElsewhere: () => Promise.reject(new Error('jieba-wasm could not load in the background')),
    });
    expect(typos(result)).toEqual(['布署']);
    expect(
      vi.mocked(console.warn).mock.calls.some(([m]) => String(m).includes('typo checks in the background failed')),
    ).toBe(true);
  });

  it('does not load the segmenter when no typo check runs', async () => {
    const runPageChecks = await freshRunPageChecks();
    const segmenter = vi.fn((): Promise<Segment | undefined> => Promise.resolve(undefined));
    await runPageChecks(document, { checks: [spamText], audit: noAxe, segmenter });
    expect(segmenter).not.toHaveBeenCalled();
  });
});
