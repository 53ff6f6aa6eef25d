import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { SiteHealthRow } from '../../lib/db/database';
import { SITES } from '../../lib/sites/registry';
import { ExtensionBrowser } from './harness/launch';

// The built extension's content script runs on each fixture feed under the real host name, matched by the
// real manifest patterns, and reports to the background.
describe('the built extension on the fixture feeds', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test.each(SITES.map((site) => [site.id, site.feedUrls[0] ?? ''] as const))(
    '%s: the content script starts on %s and reports to the background',
    async (id, url) => {
      const page = await browser.openTab(url);
      expect(new URL(page.url()).hostname).toBe(new URL(url).hostname);
      await expect
        .poll(async () =>
          (await browser.readStore<SiteHealthRow>('health')).map((row) => `${row.site}:${row.capability}`),
        )
        .toContain(`${id}:script`);
      await page.close();
    },
  );

  test('the manifest asks only for storage, idle and scripting, and the five feed hosts', async () => {
    const worker = await browser.worker();
    const manifest = await worker.evaluate(() => {
      const { chrome } = globalThis as unknown as { chrome: { runtime: { getManifest(): Record<string, unknown> } } };
      return chrome.runtime.getManifest();
    });
    expect(manifest.permissions).toEqual(['storage', 'idle', 'scripting']);
    expect(manifest.host_permissions).toEqual(SITES.flatMap((site) => site.matches));
  });
});
