import { loadSegmenter } from '@/entrypoints/inspector.content/wasm-segmenter.ts';
import type { TypoFindings, TypoRun } from '@/entrypoints/inspector.content/typo-hand-over.ts';

/** The typo checks on a page the inspector snapshotted, with jieba-wasm loaded here (once per worker). */
export async function checkTypos({ page, checkIds, asOf, profiles }: TypoRun): Promise<TypoFindings> {
  const segment = await loadSegmenter();
  if (!segment) throw new Error('分词模块在后台也无法加载 (jieba-wasm could not load in the background)');
  // The checks and their data are set up on first use, not at every start of the service worker (the build
  // bundles them into background.js either way: a service worker may not import() at run time).
  const [{ CHECKS }, { CheckEngine }] = await Promise.all([
    import('@/shared/checks/index.ts'),
    import('@/shared/engine/run-checks.ts'),
  ]);
  const engine = new CheckEngine({
    checks: CHECKS.filter((c) => checkIds.includes(c.id)),
    siteUrl: new URL('/', page.url).href,
    asOf,
    profiles,
    capabilities: { rendered: true, network: false },
    segment,
  });
  return { page: await engine.checkPage(page), site: await engine.finish({}) };
}
