import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { JIEBA_WASM_PATH } from './entrypoints/inspector.content/jieba-wasm-path.ts';

/**
 * The end-to-end test builds into its own folder with loopback host access, because a headless browser cannot
 * accept the permission prompt that link checks ask for at run time. Production builds ask for no hosts.
 */
const e2e = process.env.GOVCHECK_EXT_E2E === '1';

// The package exports only its JS glue; the module sits next to it.
const jiebaGlue = createRequire(import.meta.url).resolve('jieba-wasm/web');
const jiebaWasmFile = join(dirname(jiebaGlue), 'jieba_rs_wasm_bg.wasm');
const JIEBA_DEFAULT_URL = "new URL('jieba_rs_wasm_bg.wasm', import.meta.url)";

/**
 * jieba-wasm's glue names its module with new URL(…, import.meta.url), which Vite inlines into the content
 * script as 5 MB of base64. The inspector hands the glue the module it fetched from the extension instead,
 * so that default goes; a jieba-wasm update that renames it fails the build rather than inlining again.
 */
const jiebaWasmNotInlined = {
  name: 'govcheck:jieba-wasm-not-inlined',
  enforce: 'pre' as const,
  transform(code: string, id: string) {
    if (id !== jiebaGlue) return undefined;
    if (!code.includes(JIEBA_DEFAULT_URL)) throw new Error(`jieba-wasm glue changed: ${JIEBA_DEFAULT_URL} not found`);
    return code.replace(JIEBA_DEFAULT_URL, 'undefined');
  },
};

const ICONS = Object.fromEntries([16, 32, 48, 128].map((size) => [size, `icon/${size}.png`]));

// Preact has no official WXT module; the preset is added through the vite hook.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  outDir: e2e ? '.output/e2e' : '.output',
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'zh_CN',
    permissions: ['activeTab', 'scripting', 'storage', ...(browser === 'firefox' ? [] : ['sidePanel'])],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(e2e ? { host_permissions: ['http://127.0.0.1/*'] } : {}),
    // public/icon/<size>.png (scripts/draw-extension-icons.ts) become `icons` by WXT's convention; the toolbar
    // button names them too, as Firefox does not fall back to `icons` for it.
    action: { default_title: '__MSG_actionTitle__', default_icon: ICONS },
    // The inspector fetches jieba's word-segmentation module on demand (a content script may only fetch
    // extension files listed here).
    // Chromium serves it under a per-session id only (runtime.getURL gives it), so a page cannot probe the fixed
    // URL to learn the extension is installed; Firefox gives each install a random id already.
    web_accessible_resources: [
      {
        resources: [JIEBA_WASM_PATH.slice(1)],
        matches: ['http://*/*', 'https://*/*'],
        ...(browser === 'firefox' ? {} : { use_dynamic_url: true }),
      },
      // WebDriver BiDi may not navigate a tab to a moz-extension: page, so the Firefox test opens the panel
      // from its loopback fixture page; only the test build allows that.
      ...(e2e && browser === 'firefox' ? [{ resources: ['sidepanel.html'], matches: ['http://127.0.0.1/*'] }] : []),
    ],
    // Where a page's CSP forbids WebAssembly in the inspector, the background runs the typo checks with jieba-wasm;
    // the extension's default policy (script-src 'self') forbids it there too.
    content_security_policy: { extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self';" },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: { id: 'govcheck@govcheck.local', data_collection_permissions: { required: ['none'] } },
          },
        }
      : {}),
  }),
  webExt: { disabled: true },
  hooks: {
    'build:publicAssets': (_wxt, files) => {
      files.push({ absoluteSrc: jiebaWasmFile, relativeDest: JIEBA_WASM_PATH.slice(1) });
    },
  },
  vite: () => ({ plugins: [preact(), jiebaWasmNotInlined] }),
});
