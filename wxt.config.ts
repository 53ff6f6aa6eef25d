import { defineConfig } from 'wxt';
import { SITES } from './lib/sites/registry';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  manifest: {
    name: 'Mindful Feed',
    description:
      'Keep short-video feeds on your own terms: honest watching time, kind break prompts, one-key Not interested.',
    permissions: ['storage', 'idle'],
    host_permissions: SITES.flatMap((site) => site.matches),
    commands: {
      'not-interested': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Not interested in the video on screen',
      },
    },
    browser_specific_settings: {
      gecko: { id: 'mindful-feed@mindful-feed.org', strict_min_version: '128.0' },
    },
  },
  zip: {
    artifactTemplate: '{{name}}-{{version}}-{{browser}}.zip',
    sourcesTemplate: '{{name}}-{{version}}-sources.zip',
  },
});
