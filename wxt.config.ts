import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

/**
 * The end-to-end test builds into its own folder with loopback host access, because a headless browser cannot
 * accept the permission prompt that link checks ask for at run time. Production builds ask for no hosts.
 */
const e2e = process.env.GOVCHECK_EXT_E2E === '1';

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
    action: { default_title: '__MSG_actionTitle__' },
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'govcheck@govcheck.local', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
});
