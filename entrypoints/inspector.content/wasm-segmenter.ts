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
 * its default dictionary). Loaded on first use and kept for the tab; undefined when the module cannot be
 * loaded (e.g. where the page's CSP forbids WebAssembly: Chromium applies it to content scripts too), and the
 * text checks then run in dictionary mode.
 */
export function loadSegmenter(source: WasmSource = fromExtension): Promise<Segment | undefined> {
  loading ??= (async () => {
    const jieba = await import('jieba-wasm/web');
    await jieba.default({ module_or_path: source() });
    return (text: string) => jieba.cut(text, false);
  })().catch((error: unknown) => {
    console.warn('govcheck: 分词模块加载失败，错别字检查改用词典模式 (jieba-wasm could not load; typo checks run in dictionary mode)', error);
    return undefined;
  });
  return loading;
}
