import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { activeVideoId, fixtureLog, isPlaying } from '../harness/fixture-page';
import { ExtensionBrowser } from '../harness/launch';

const ORIGIN = 'https://www.instagram.com';
const MENU = [
  'Report',
  'Not interested',
  'Go to post',
  'Share to…',
  'Copy link',
  'Embed',
  'About this account',
  'Cancel',
];

/** The reel whose box holds the viewport's vertical centre (no test-only attributes: real Instagram has none). */
async function activeReel(page: Page) {
  const index = await page.evaluate(() =>
    [...document.querySelectorAll('main div[role="presentation"]')].findIndex((reel) => {
      const box = reel.getBoundingClientRect();
      return box.top <= innerHeight / 2 && box.bottom >= innerHeight / 2;
    }),
  );
  expect(index).toBeGreaterThanOrEqual(0);
  return page.locator('main div[role="presentation"]').nth(index);
}

async function openMore(page: Page) {
  const reel = await activeReel(page);
  await reel.locator('div[role="button"]:has(> div > svg[aria-label="More"])').click();
}

const dialog = (page: Page) => page.locator('div[role="dialog"]');
const menuLabels = (page: Page) => dialog(page).locator('button').allTextContents();
const path = (page: Page) => new URL(page.url()).pathname;

/** Loads a feed URL (in a new tab, or in `page`) and waits until the fixture has an active reel with a video. */
async function openReels(browser: ExtensionBrowser, url: string, page?: Page): Promise<Page> {
  const tab = page ?? (await browser.openTab(url));
  if (page) await page.goto(url);
  await tab.waitForFunction(() => window.__fixture?.activeVideoId() && document.querySelector('main video[src]'));
  return tab;
}

// The fixture itself must behave like the real feed, or the product tests built on it prove nothing.
describe('Instagram Reels fixture feed', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('plays the active reel from a blob: URL, with videos mounted only around it', async () => {
    const page = await openReels(browser, `${ORIGIN}/reels/`);
    const first = await activeVideoId(page);
    expect(first).toMatch(/^[A-Za-z0-9_-]{11}$/);
    expect(path(page)).toBe(`/reels/${first}/`);
    expect(await page.locator('div[id^="mount_0_0_"] > section > main[role="main"]').count()).toBe(1);
    expect(await page.locator('main div[role="presentation"]').count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('main video').count()).toBeLessThanOrEqual(3);
    const reel = await activeReel(page);
    const video = reel.locator('video[playsinline]');
    expect(await video.getAttribute('src')).toMatch(/^blob:https:\/\/www\.instagram\.com\//);
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
    await expect.poll(() => isPlaying(page)).toBe(true);
    expect(await reel.locator('div[data-instancekey^="id-vpuid-"]').count()).toBe(1);
    for (const label of ['Like', 'Comment', 'Share', 'Save', 'More']) {
      expect(await reel.locator(`div[role="button"] svg[aria-label="${label}"] title`).textContent()).toBe(label);
    }
    // The sidebar's "More" (hamburger) sits outside main: a global selector would hit it first.
    expect(
      await page
        .locator('svg[aria-label="More"]')
        .first()
        .evaluate((svg) => svg.closest('main')),
    ).toBeNull();
    await page.close();
  });

  test('wheel and ArrowDown move one reel, replace the URL and pause the previous video', async () => {
    const page = await openReels(browser, `${ORIGIN}/reels/`);
    const historyLength = await page.evaluate(() => history.length);
    const first = await activeVideoId(page);
    const firstVideo = (await activeReel(page)).locator('video');
    await expect.poll(() => firstVideo.evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
    await page.mouse.move(640, 450);
    await page.mouse.wheel(0, 300);
    await expect.poll(() => activeVideoId(page)).not.toBe(first);
    const second = await activeVideoId(page);
    await expect.poll(() => path(page)).toBe(`/reels/${second}/`);
    await expect.poll(() => firstVideo.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => activeVideoId(page)).not.toBe(second);
    const third = await activeVideoId(page);
    await expect.poll(() => path(page)).toBe(`/reels/${third}/`);
    expect(new Set([first, second, third]).size).toBe(3);
    await expect.poll(() => isPlaying(page)).toBe(true);
    expect(await page.evaluate(() => history.length)).toBe(historyLength);
    expect(await fixtureLog(page)).toEqual([
      { action: 'advance', to: second },
      { action: 'advance', to: third },
    ]);
    await page.close();
  });

  test('the active reel\'s "More" opens the dialog; "Not interested" notes that reel and advances', async () => {
    const page = await openReels(browser, `${ORIGIN}/reels/DA1bR4kZs0e/`);
    expect(await activeVideoId(page)).toBe('DA1bR4kZs0e');
    await openMore(page);
    await expect.poll(() => menuLabels(page)).toEqual(MENU);
    await dialog(page).getByRole('button', { name: 'Not interested', exact: true }).click();
    await expect.poll(() => activeVideoId(page)).toBe('C9hW_3nVqYk');
    await expect.poll(() => path(page)).toBe('/reels/C9hW_3nVqYk/');
    expect(await dialog(page).count()).toBe(0);
    expect(await page.getByText("We'll show fewer posts like this.").count()).toBe(1);
    expect(await fixtureLog(page)).toEqual([
      { action: 'more', videoId: 'DA1bR4kZs0e', trusted: true },
      { action: 'menu-item', item: 'Not interested', videoId: 'DA1bR4kZs0e' },
      { action: 'not-interested', videoId: 'DA1bR4kZs0e' },
      { action: 'advance', to: 'C9hW_3nVqYk' },
    ]);
    await page.close();
  });

  test('Cancel, Escape and the backdrop close the dialog; the sidebar "More" is another menu', async () => {
    const page = await openReels(browser, `${ORIGIN}/reels/`);
    await openMore(page);
    await dialog(page).getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog(page).count()).toBe(0);
    await openMore(page);
    await expect.poll(() => dialog(page).count()).toBe(1);
    await page.keyboard.press('Escape');
    expect(await dialog(page).count()).toBe(0);
    await openMore(page);
    await expect.poll(() => dialog(page).count()).toBe(1);
    await page.mouse.click(1250, 40);
    expect(await dialog(page).count()).toBe(0);
    await page.locator('svg[aria-label="More"]').first().click();
    await expect.poll(() => page.getByText('Report a problem').count()).toBe(1);
    expect(await dialog(page).count()).toBe(0);
    expect(await page.getByText('Not interested').count()).toBe(0);
    await page.close();
  });

  test('query flags: a missing item, a late menu, other languages and a sponsored reel', async () => {
    const page = await openReels(browser, `${ORIGIN}/reels/?menu=missing`);
    await openMore(page);
    await expect.poll(() => menuLabels(page)).toEqual(MENU.filter((label) => label !== 'Not interested'));

    await openReels(browser, `${ORIGIN}/reels/?menuDelay=400`, page);
    await openMore(page);
    const clicked = Date.now();
    expect(await dialog(page).count()).toBe(0);
    await expect.poll(() => dialog(page).count()).toBe(1);
    expect(Date.now() - clicked).toBeGreaterThanOrEqual(300);

    // The flag outlives the URL rewrite: the second reel's menu is Spanish too.
    await openReels(browser, `${ORIGIN}/reels/?lang=es`, page);
    const first = await activeVideoId(page);
    await openMore(page);
    await dialog(page).getByRole('button', { name: 'No me interesa' }).click();
    await expect.poll(() => activeVideoId(page)).not.toBe(first);
    expect(page.url()).not.toContain('lang=es');
    expect(await fixtureLog(page)).toContainEqual({ action: 'not-interested', videoId: first });
    await openMore(page);
    await expect.poll(() => menuLabels(page)).toContain('No me interesa');

    await openReels(browser, `${ORIGIN}/reels/?ad=1`, page);
    expect(await (await activeReel(page)).getByText('Sponsored', { exact: true }).count()).toBe(0);
    await page.evaluate(() => window.__fixture?.next?.());
    expect(await activeVideoId(page)).toBe('DAd5pN0sR7x');
    expect(await (await activeReel(page)).getByText('Sponsored', { exact: true }).count()).toBe(1);
    await page.close();
  });

  test('pauses while the tab is hidden and resumes when shown', async () => {
    const page = await openReels(browser, `${ORIGIN}/reels/`);
    const video = (await activeReel(page)).locator('video');
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
    const other = await browser.openTab(`${ORIGIN}/explore/`);
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('hidden');
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(true);
    await page.bringToFront();
    await expect.poll(() => video.evaluate((element: HTMLVideoElement) => element.paused)).toBe(false);
    await other.close();
    await page.close();
  });

  test('home links to Reels in-app; posts are not the feed; /reel/<code>/ starts at that reel', async () => {
    const page = await browser.openTab(`${ORIGIN}/`);
    expect(await activeVideoId(page)).toBeNull();
    await page.evaluate(() => Object.assign(window, { sameDocument: true }));
    await page.locator('a[href="/reels/"]').first().click();
    await expect.poll(() => path(page)).toMatch(/^\/reels\/[A-Za-z0-9_-]{11}\/$/);
    expect(await page.evaluate(() => 'sameDocument' in window)).toBe(true);
    await expect.poll(() => isPlaying(page)).toBe(true);
    await page.goto(`${ORIGIN}/p/CpxQ2mLpT9a/`);
    expect(await activeVideoId(page)).toBeNull();
    expect(await page.locator('main div[role="presentation"]').count()).toBe(0);
    await page.goto(`${ORIGIN}/reel/DB2tK8-pLm4/`);
    expect(await activeVideoId(page)).toBe('DB2tK8-pLm4');
    expect(path(page)).toBe('/reel/DB2tK8-pLm4/');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => path(page)).toBe('/reels/C8vNf5yHx2Q/');
    await page.close();
  });
});
