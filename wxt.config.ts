import { defineConfig } from 'wxt';
import { NOT_INTERESTED_COMMAND } from './lib/messaging/commands';
import { SITE_URLS } from './lib/sites/catalog';

export default defineConfig({
  // No auto-imports: every dependency is an import statement, which the layers test (tests/meta/layers.ts) follows.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    permissions: ['storage', 'idle'],
    host_permissions: SITE_URLS.flatMap((site) => site.matches),
    commands: {
      [NOT_INTERESTED_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_extension_notInterestedCommand__',
      },
    },
    // Chrome leaves a reloaded or updated extension's old content scripts running in open tabs without a runtime;
    // they reach the new instance through this page (lib/content/bridge-client.ts). Firefox replaces them instead.
    ...(browser === 'chrome'
      ? {
          web_accessible_resources: [
            { resources: ['bridge.html'], matches: SITE_URLS.flatMap((site) => site.matches) },
          ],
        }
      : {}),
    browser_specific_settings: {
      gecko: {
        id: 'mindful-feed@mindful-feed.org',
        strict_min_version: '128.0',
        // Firefox asks every add-on to declare what it collects: nothing leaves the device.
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
