import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Preact has no official WXT module; the preset is added through the vite hook.
export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: ({ browser }) => ({
    name: 'govcheck 政府网站检查',
    description: '检查当前页面的错别字、暗链、死链、无障碍问题，并叠加显示巡检报告的问题清单',
    permissions: ['activeTab', 'scripting', 'storage'],
    ...(browser === 'firefox'
      ? { browser_specific_settings: { gecko: { id: 'govcheck@govcheck.local', data_collection_permissions: { required: ['none'] } } } }
      : {}),
  }),
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
});
