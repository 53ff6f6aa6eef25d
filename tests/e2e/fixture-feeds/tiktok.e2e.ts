import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { activeVideoId, fixtureLog, isPlaying } from '../harness/fixture-page';
import { ExtensionBrowser } from '../harness/launch';

// The fixture itself must behave like the real feed, or the product tests built on it prove nothing.
describe('TikTok fixture feed', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('plays the active video, mounted only in the active article', async () => {
    const page = await browser.openTab('https://www.tiktok.com/foryou');
    await expect.poll(() => isPlaying(page)).toBe(true);
    expect(await page.locator('article[data-e2e="recommend-list-item-container"] video').count()).toBe(1);
    expect(await page.locator('article[data-e2e="recommend-list-item-container"]').count()).toBeGreaterThan(1);
    await page.close();
  });

  test('swipes by wheel, arrow key and the next button without changing the URL', async () => {
    const page = await browser.openTab('https://www.tiktok.com/');
    const first = await activeVideoId(page);
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => activeVideoId(page)).not.toBe(first);
    const second = await activeVideoId(page);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeVideoId(page)).not.toBe(second);
    const third = await activeVideoId(page);
    await page.getByRole('button', { name: 'Go to next video' }).click();
    await expect.poll(() => activeVideoId(page)).not.toBe(third);
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => isPlaying(page)).toBe(true);
    await page.close();
  });

  test('the reused popover opens by class and its "Not interested" marks the video and advances', async () => {
    const page = await browser.openTab('https://www.tiktok.com/foryou');
    const first = await activeVideoId(page);
    const popover = page.locator('.TUXPopover-popover');
    const more = page.locator('article:has(video) [data-e2e="more-menu-icon"]');
    await more.click();
    await expect.poll(() => popover.getAttribute('class')).toContain('TUXPopover-popover--open');
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    await popover.locator('[data-e2e="more-menu-popover_not-interested"]').click();
    await expect.poll(() => activeVideoId(page)).not.toBe(first);
    expect(await fixtureLog(page)).toContainEqual({ action: 'not-interested', videoId: first });
    expect(await popover.getAttribute('class')).not.toContain('TUXPopover-popover--open');
    await page.close();
  });

  test('?menu=missing serves the menu without "Not interested"', async () => {
    const page = await browser.openTab('https://www.tiktok.com/foryou?menu=missing');
    await page.locator('article:has(video) [data-e2e="more-menu-icon"]').click();
    await expect.poll(() => page.locator('.TUXPopover-popover--open .TUXMenuItem').count()).toBeGreaterThan(0);
    expect(await page.locator('[data-e2e="more-menu-popover_not-interested"]').count()).toBe(0);
    await page.close();
  });

  test('the single-video player pushes the next id into the URL', async () => {
    const page = await browser.openTab('https://www.tiktok.com/@alice/video/7400000000000000101');
    await expect.poll(() => isPlaying(page)).toBe(true);
    await page.locator('[data-e2e="arrow-right"]').click();
    await expect.poll(() => page.url()).toContain('/video/7400000000000000102');
    await page.close();
  });
});
