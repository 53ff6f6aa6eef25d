import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { defaultSettings } from '../../lib/settings/schema';
import { ExtensionBrowser } from './harness/launch';
import { accessibilityTree, dialogNamed, PROMPT_RECORDER, promptHostPresent } from './harness/prompts';
import { screenshot } from './harness/screenshots';
import { writeSettings } from './harness/watching';

// A browser whose UI language is Simplified Chinese (launched with --lang=zh-CN).
describe('Simplified Chinese', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort'), lang: 'zh-CN' });
  });
  afterAll(() => browser?.close());

  test('the popup and the options page speak Chinese', async () => {
    const popup = await browser.openTab(browser.extensionUrl('popup.html'));
    await popup.setViewportSize({ width: 400, height: 700 });
    await expect.poll(() => popup.locator('h2').allTextContents()).toContain('今天');
    expect(await popup.evaluate(() => document.documentElement.lang)).toMatch(/^zh/);
    await screenshot(popup, 'popup-zh-CN');
    const options = await browser.openTab(browser.extensionUrl('options.html'));
    await expect.poll(() => options.locator('h1').first().textContent()).toMatch(/[\u4e00-\u9fff]/);
  });

  test('a prompt on a feed is in Chinese', async () => {
    const settings = defaultSettings();
    settings.quietHours = { enabled: true, start: '00:00', end: '23:59', days: [0, 1, 2, 3, 4, 5, 6] };
    await writeSettings(browser, settings);
    const page = await browser.context.newPage();
    await page.addInitScript(PROMPT_RECORDER);
    await page.goto('https://www.tiktok.com/foryou');
    await page.bringToFront();
    await expect.poll(() => promptHostPresent(page), { timeout: 5_000 }).toBe(true);
    await expect.poll(() => dialogNamed(page, /安静时段/)).toBeDefined();
    const focused = (await accessibilityTree(page)).find((node) => node.focused && node.role === 'button');
    expect(focused?.name).toMatch(/[\u4e00-\u9fff]/);
    await screenshot(page, 'prompt-zh-CN');
  });
});
