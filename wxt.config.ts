import { defineConfig } from 'wxt';
import { SITES } from './lib/sites/registry';
import { storeClean } from './scripts/build/store-clean';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    permissions: ['storage', 'idle'],
    host_permissions: SITES.flatMap((site) => site.matches),
    commands: {
      'not-interested': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_extension_notInterestedCommand__',
      },
    },
    // Chrome leaves a reloaded or updated extension's old content scripts running in open tabs without a runtime;
    // they reach the new instance through this page (lib/content/bridge-client.ts). Firefox replaces them instead.
    ...(browser === 'chrome'
      ? { web_accessible_resources: [{ resources: ['bridge.html'], matches: SITES.flatMap((site) => site.matches) }] }
      : {}),
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mindful-feed@mindful-feed.org',
              // 140 (an ESR) is the first Firefox that reads data_collection_permissions; 142 on Android.
              strict_min_version: '140.0',
              // Firefox asks every add-on to declare what it collects: nothing leaves the device.
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
  vite: () => ({ plugins: [storeClean()] }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The store's own pictures are not sources of the build.
    excludeSources: ['docs/store/screenshots/**'],
  },
});
