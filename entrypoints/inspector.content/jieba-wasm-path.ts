/** Where the build puts jieba-wasm's module (wxt.config.ts copies it there and makes it web accessible). */
export const JIEBA_WASM_PATH = '/jieba/jieba_rs_wasm_bg.wasm';
