import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { SiteHealthRow } from '../../lib/db/database';
import { activeVideoId } from './harness/fixture-page';
import { ExtensionBrowser } from './harness/launch';

describe('the built extension on the fixture feeds', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('TikTok: the content script runs under the real host name and reports to the background', async () => {
    const page = await browser.openTab('https://www.tiktok.com/foryou');
    await expect.poll(() => activeVideoId(page)).toBe('7400000000000000001');
    await expect
      .poll(async () => (await browser.readStore<SiteHealthRow>('health')).map((row) => [row.site, row.status]))
      .toContainEqual(['tiktok', 'ok']);
  });
});
