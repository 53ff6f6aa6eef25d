import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { activeVideoId, fixtureLog, isPlaying } from '../harness/fixture-page';
import { ExtensionBrowser } from '../harness/launch';

const FIRST = '1020112310713480';
const SECOND = '874213569024187';
const BASE = 'https://www.facebook.com';

/** The id in /reel/<id>. */
const urlId = (page: Page) => /^\/reel\/(\d+)\/?$/.exec(new URL(page.url()).pathname)?.[1] ?? null;

/** What the real-site rule sees: the reel id around the last <video> in the document, and that video's state. */
function lastVideo(page: Page) {
  return page.evaluate(() => {
    const videos = document.querySelectorAll('video');
    const video = videos[videos.length - 1];
    return video
      ? { id: video.closest('[data-video-id]')?.getAttribute('data-video-id'), src: video.src, paused: video.paused }
      : null;
  });
}

const historyLength = (page: Page) => page.evaluate(() => history.length);

// The fixture itself must behave like the real feed, or the product tests built on it prove nothing.
describe('Facebook Reels fixture feed', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('plays the reel in the URL from a blob: src, in the last <video> of the document', async () => {
    const page = await browser.openTab(`${BASE}/reel/${FIRST}`);
    await expect.poll(() => isPlaying(page)).toBe(true);
    const video = await lastVideo(page);
    expect(video?.id).toBe(FIRST);
    expect(video?.src).toMatch(/^blob:https:\/\/www\.facebook\.com\//);
    expect(await activeVideoId(page)).toBe(FIRST);
    expect(await page.locator('div[role="main"] div[data-pagelet="Reels"] div[data-video-id] video').count()).toBe(1);
    for (const name of ['Like', 'Comment', 'Share', 'Next Card', 'Previous Card']) {
      expect(await page.locator(`div[role="button"][aria-label="${name}"]`).count(), name).toBeGreaterThan(0);
    }
    await page.close();
  });

  test('/reels/ replaces its URL with the first reel', async () => {
    const page = await browser.openTab(`${BASE}/reels/`);
    expect(urlId(page)).toBe(FIRST);
    await expect.poll(async () => (await lastVideo(page))?.id).toBe(FIRST);
    expect(await fixtureLog(page)).toEqual([]);
    await page.close();
  });

  test('Next Card, ArrowDown and one wheel gesture each pushState the next reel id and play it', async () => {
    const page = await browser.openTab(`${BASE}/reel/${FIRST}`);
    await expect.poll(() => isPlaying(page)).toBe(true);
    const seen = [FIRST];
    const moves: Array<() => Promise<void>> = [
      () => page.getByRole('button', { name: 'Next Card', exact: true }).click(),
      () => page.keyboard.press('ArrowDown'),
      async () => {
        // Several wheel events in a row are one gesture: one card.
        await page.mouse.move(640, 450);
        await page.mouse.wheel(0, 120);
        await page.mouse.wheel(0, 120);
        await page.mouse.wheel(0, 120);
      },
    ];
    for (const move of moves) {
      const before = await historyLength(page);
      await move();
      await expect.poll(() => urlId(page)).not.toBe(seen.at(-1));
      const id = urlId(page);
      expect(seen).not.toContain(id);
      expect(await historyLength(page)).toBe(before + 1);
      expect(await activeVideoId(page)).toBe(id);
      await expect.poll(async () => (await lastVideo(page))?.id).toBe(id);
      seen.push(id ?? '');
    }
    expect(seen[1]).toBe(SECOND);
    await expect.poll(() => isPlaying(page)).toBe(true);
    // The card just left stays in the DOM with its video paused; older cards are gone.
    const states = await page.evaluate(() =>
      [...document.querySelectorAll('video')].map((video) => ({
        id: video.closest('[data-video-id]')?.getAttribute('data-video-id'),
        paused: video.paused,
      })),
    );
    expect(states).toEqual([
      { id: seen[2], paused: true },
      { id: seen[3], paused: false },
    ]);
    expect((await fixtureLog(page)).filter((entry) => entry.action === 'advance').map((entry) => entry.to)).toEqual(
      seen.slice(1),
    );
    await page.getByRole('button', { name: 'Previous Card', exact: true }).click();
    await expect.poll(() => urlId(page)).toBe(seen[2]);
    await page.close();
  });

  test('"More" on the active card opens a menu in a layer; Escape and an outside click close it', async () => {
    const page = await browser.openTab(`${BASE}/reel/${FIRST}`);
    // The first card is appended once its clip has loaded: move on only then, as a person would.
    await expect.poll(async () => (await lastVideo(page))?.id).toBe(FIRST);
    await page.keyboard.press('ArrowDown');
    await expect.poll(async () => (await lastVideo(page))?.id).toBe(SECOND);
    // The card just left also has a "More", hidden from the accessibility tree; the role locator skips it.
    expect(await page.locator('div[role="button"][aria-label="More"][aria-haspopup="menu"]').count()).toBe(2);
    const more = page.getByRole('button', { name: 'More', exact: true });
    await more.click();
    const menu = page.getByRole('menu');
    await expect.poll(() => menu.count()).toBe(1);
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await menu.getByRole('menuitem').allInnerTexts()).toEqual([
      'Show more',
      'Show less',
      'Save reel',
      'Hide reel',
      'Report reel',
    ]);
    // Rendered in the layer root after the app root, not inside the card.
    expect(await page.evaluate(() => !!document.querySelector('#mount_0_0_Qx ~ div [role="menu"]'))).toBe(true);
    expect(await fixtureLog(page)).toContainEqual({ action: 'more', videoId: SECOND, trusted: true });
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.count()).toBe(0);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    await more.click();
    await expect.poll(() => menu.count()).toBe(1);
    await page.mouse.click(100, 400);
    await expect.poll(() => menu.count()).toBe(0);
    expect(urlId(page)).toBe(SECOND);
    await page.close();
  });

  test('"Show less" is logged for the active reel, shows an undoable toast and moves on', async () => {
    const page = await browser.openTab(`${BASE}/reel/${FIRST}`);
    await expect.poll(async () => (await lastVideo(page))?.id).toBe(FIRST);
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await page.getByRole('menuitem', { name: 'Show less' }).click();
    await expect.poll(() => urlId(page)).toBe(SECOND);
    const log = await fixtureLog(page);
    expect(log).toContainEqual({ action: 'menu-item', item: 'Show less', videoId: FIRST });
    expect(log).toContainEqual({ action: 'not-interested', videoId: FIRST });
    expect(log).toContainEqual({ action: 'advance', to: SECOND });
    expect(await page.getByRole('menu').count()).toBe(0);
    const toast = page.getByRole('alert');
    expect(await toast.textContent()).toContain("You'll see fewer reels like this");
    await toast.getByRole('button', { name: 'Undo' }).click();
    expect(await fixtureLog(page)).toContainEqual({ action: 'undo', videoId: FIRST });
    await expect.poll(() => toast.count()).toBe(0);
    await page.close();
  });

  test('?menu=missing has no "Show less"; ?menuDelay opens the menu late', async () => {
    const missing = await browser.openTab(`${BASE}/reels/?menu=missing`);
    await missing.getByRole('button', { name: 'More', exact: true }).click();
    await expect.poll(() => missing.getByRole('menuitem').count()).toBeGreaterThan(0);
    expect(await missing.getByRole('menuitem', { name: 'Show less' }).count()).toBe(0);
    await missing.close();

    const late = await browser.openTab(`${BASE}/reel/${FIRST}?menuDelay=400`);
    const clicked = Date.now();
    await late.getByRole('button', { name: 'More', exact: true }).click();
    expect(await late.getByRole('menu').count()).toBe(0);
    await expect.poll(() => late.getByRole('menu').count()).toBe(1);
    expect(Date.now() - clicked).toBeGreaterThanOrEqual(350);
    await late.close();
  });

  test('?lang localises every label, ?nav=lowercase varies the casing, and the flags survive the first move', async () => {
    const es = await browser.openTab(`${BASE}/reels/?lang=es`);
    expect(await es.evaluate(() => document.documentElement.lang)).toBe('es');
    expect(await es.locator('[aria-label="Next Card"]').count()).toBe(0);
    await es.getByRole('button', { name: 'Tarjeta siguiente', exact: true }).click();
    await expect.poll(() => urlId(es)).toBe(SECOND);
    await es.getByRole('button', { name: 'Más', exact: true }).click();
    await es.getByRole('menuitem', { name: 'Ver menos' }).click();
    await expect.poll(() => urlId(es)).not.toBe(SECOND);
    expect(await fixtureLog(es)).toContainEqual({ action: 'not-interested', videoId: SECOND });
    expect(await es.getByRole('alert').textContent()).toContain('Verás menos reels como este');
    await es.close();

    const vi = await browser.openTab(`${BASE}/reel/${FIRST}?lang=vi`);
    await vi.locator('div[aria-label="Thẻ tiếp theo"][role="button"]').click();
    await expect.poll(() => urlId(vi)).toBe(SECOND);
    await vi.close();

    const lower = await browser.openTab(`${BASE}/reel/${FIRST}?nav=lowercase`);
    expect(await lower.locator('[aria-label="Next Card"]').count()).toBe(0);
    await lower.locator('div[aria-label="Next card"][role="button"]').click();
    await expect.poll(() => urlId(lower)).toBe(SECOND);
    await lower.close();
  });

  test('?ad=<index> makes that reel sponsored, with an ad menu', async () => {
    const page = await browser.openTab(`${BASE}/reel/${FIRST}?ad=1`);
    await expect.poll(async () => (await lastVideo(page))?.id).toBe(FIRST);
    expect(await page.getByText('Sponsored').count()).toBe(0);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByText('Sponsored', { exact: true }).count()).toBe(1);
    await page.getByRole('button', { name: 'More', exact: true }).click();
    await expect.poll(() => page.getByRole('menuitem', { name: 'Hide ad' }).count()).toBe(1);
    expect(await page.getByRole('menuitem', { name: 'Show less' }).count()).toBe(0);
    await page.close();
  });

  test('the reel pauses while its tab is hidden and resumes when shown', async () => {
    const page = await browser.openTab(`${BASE}/reel/${FIRST}`);
    await expect.poll(() => isPlaying(page)).toBe(true);
    const other = await browser.openTab(`${BASE}/`);
    await expect.poll(() => page.evaluate(() => document.visibilityState)).toBe('hidden');
    expect((await lastVideo(page))?.paused).toBe(true);
    await page.bringToFront();
    await expect.poll(() => isPlaying(page)).toBe(true);
    const actions = (await fixtureLog(page)).map((entry) => entry.action);
    expect(actions).toEqual(['visibility-pause', 'visibility-resume']);
    await other.close();
    await page.close();
  });

  test('the home page is not a reel player and links to Reels', async () => {
    const page = await browser.openTab(`${BASE}/`);
    expect(await activeVideoId(page)).toBeNull();
    expect(await page.locator('[data-pagelet="Reels"]').count()).toBe(0);
    await page.getByRole('navigation').getByRole('link', { name: 'Reels' }).click();
    await expect.poll(() => urlId(page)).toBe(FIRST);
    await expect.poll(() => activeVideoId(page)).toBe(FIRST);
    await page.close();
  });
});
