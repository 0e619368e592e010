import type { PublicPath } from 'wxt/browser';
import type { Segment } from '@/shared/text/segmenter.ts';
import { JIEBA_WASM_PATH } from './jieba-wasm-path.ts';

/** The module's bytes, or a response carrying them. */
export type WasmSource = () => Promise<Response | BufferSource>;

// Fetched from the extension (declared web accessible, as a content script's fetches must be) rather than
// bundled, so the 4 MB module stays out of the script every inspection injects. WXT's path types do not
// list files that a build hook adds, hence the cast.
const fromExtension: WasmSource = () => fetch(browser.runtime.getURL(JIEBA_WASM_PATH as PublicPath));

let loading: Promise<Segment | undefined> | undefined;

/**
 * jieba-wasm's cut without HMM, the same segmentation as the crawler's @node-rs/jieba (both are jieba-rs with
 * its default dictionary). Loaded on first use and kept for the tab (or worker); undefined when it cannot be
 * loaded (e.g. where the page's CSP forbids WebAssembly: Chromium applies it to content scripts too); the
 * caller then finds words another way or runs the text checks in dictionary mode.
 */
export function loadSegmenter(source: WasmSource = fromExtension): Promise<Segment | undefined> {
  loading ??= (async () => {
    const jieba = await import('jieba-wasm/web');
    await jieba.default({ module_or_path: source() });
    return (text: string) => jieba.cut(text, false);
  })().catch((error: unknown) => {
    console.warn('govcheck: 分词模块无法在此加载 (jieba-wasm could not load here)', error);
    return undefined;
  });
  return loading;
}
