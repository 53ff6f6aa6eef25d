import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { CHUNK_DIR } from './lib/content/chunks';
import { NOT_INTERESTED_COMMAND } from './lib/messaging/commands';
import { SITE_URLS } from './lib/sites/catalog';
import { compileHint } from './scripts/build/compile-hint';
import { storeClean } from './scripts/build/store-clean';
import { buildContentChunks } from './scripts/content-chunks';

const siteMatches = SITE_URLS.flatMap((site) => site.matches);

export default defineConfig({
  // No auto-imports: every dependency is an import statement, which the layers test (tests/meta/layers.ts) follows.
  imports: false,
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  manifest: ({ browser }) => ({
    name: '__MSG_extension_name__',
    description: '__MSG_extension_description__',
    default_locale: 'en',
    // `scripting`: after an update the new content script is injected into feed tabs already open (Chrome leaves
    // the old one running without a runtime); it asks for nothing beyond the five sites' host permissions.
    permissions: ['storage', 'idle', 'scripting'],
    host_permissions: siteMatches,
    commands: {
      [NOT_INTERESTED_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_extension_notInterestedCommand__',
      },
    },
    // The content runtime's on-demand chunks (lib/content/chunks.ts). Chrome serves them only under a per-session
    // dynamic URL, so no page can detect the extension by fetching a fixed chrome-extension://<id>/ URL; Firefox's
    // moz-extension:// host is already a random per-install id.
    web_accessible_resources: [
      {
        resources: [`${CHUNK_DIR}/*`],
        matches: siteMatches,
        ...(browser === 'chrome' ? { use_dynamic_url: true } : {}),
      },
    ],
    // Firefox only: Chrome warns about keys it does not know.
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'mindful-feed@mindful-feed.org',
              // 140 (an ESR) is the first Firefox that reads data_collection_permissions; 142 on Android, which
              // has granted MV3 host permissions at install since 127 (so 142 covers both there).
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
  hooks: {
    // The popup is built on its own, into one script: each file an extension page loads costs a few milliseconds of
    // its main thread, and built with the other pages it loaded twelve shared chunks (README, Performance).
    'entrypoints:grouped': (_wxt, groups) => {
      const pages = groups.find((group) => Array.isArray(group) && group.some((entry) => entry.type === 'popup'));
      if (!Array.isArray(pages) || pages.length === 1) return;
      const popup = pages.findIndex((entry) => entry.type === 'popup');
      groups.push(pages.splice(popup, 1));
    },
    // The chunks are built beside WXT's own output (scripts/content-chunks.ts).
    'build:publicAssets': async (wxt, files) => {
      files.push(...(await buildContentChunks(wxt.config.root, { browser: wxt.config.browser })));
    },
    // The content scripts use WXT's own `browser` (Chrome's `chrome`, Firefox's `browser`) instead of the
    // webextension-polyfill, which would add ~10 KB to every page load and does nothing there in MV3. The polyfill
    // stays in the worker and the extension's pages.
    // WXT's ContentScriptContext, which its wrapper creates at every page load, is replaced by a stub there too
    // (lib/content/no-context.ts says why). Each content script starts with V8's compile hint (compile-hint.ts).
    'vite:build:extendConfig': (entrypoints, config) => {
      if (!entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) return;
      config.plugins = [...(config.plugins ?? []), compileHint()];
      const noContext = resolve(import.meta.dirname, 'lib/content/no-context.ts');
      config.resolve ??= {};
      const aliases = config.resolve.alias;
      if (Array.isArray(aliases)) {
        for (const alias of aliases) if (alias.find === 'wxt/browser') alias.replacement = '@wxt-dev/browser';
        aliases.unshift({ find: 'wxt/utils/content-script-context', replacement: noContext });
      } else {
        const record = (aliases ?? {}) as Record<string, string>;
        if ('wxt/browser' in record) record['wxt/browser'] = '@wxt-dev/browser';
        config.resolve.alias = { 'wxt/utils/content-script-context': noContext, ...record };
      }
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
    // The store's own pictures are not sources of the build.
    excludeSources: ['docs/store/screenshots/**'],
  },
});
