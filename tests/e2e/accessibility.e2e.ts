import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { axeViolations } from './harness/axe';
import { ExtensionBrowser } from './harness/launch';
import { popupComplete } from './harness/screens';

describe('accessibility (axe-core in Chromium)', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  const pages = [
    ['popup', 'popup.html'],
    ['options', 'options.html'],
    ['options welcome', 'options.html#welcome'],
    ['done for now', 'done.html'],
    ['resources', 'resources.html'],
    ['insights', 'insights.html'],
    ['nudge prompt', 'preview.html?kind=nudge'],
    ['breathing prompt', 'preview.html?kind=breathing'],
    ['intention prompt', 'preview.html?kind=intention'],
    ['limit prompt', 'preview.html?kind=limit'],
    ['card after a shared clip', 'preview.html?kind=clip'],
    ['countdown of a slowed-down feed', 'preview.html?kind=slow'],
  ] as const;

  test.each(pages)('%s has no violations, at 1280 and 360 px wide, in light and dark', async (_name, path) => {
    const page = await browser.openTab(browser.extensionUrl(path));
    await page.waitForLoadState('networkidle');
    if (path === 'popup.html') await popupComplete(page);
    for (const width of [1280, 360]) {
      await page.setViewportSize({ width, height: 800 });
      for (const colorScheme of ['light', 'dark'] as const) {
        await page.emulateMedia({ colorScheme });
        expect(await axeViolations(page), `${width} px, ${colorScheme}`).toEqual([]);
      }
    }
    await page.close();
  });
});
