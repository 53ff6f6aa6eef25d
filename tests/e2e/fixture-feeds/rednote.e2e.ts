import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { activeVideoId, fixtureLog, isPlaying } from '../harness/fixture-page';
import { ExtensionBrowser } from '../harness/launch';

const EXPLORE = 'https://www.xiaohongshu.com/explore';
const mask = (page: Page) => page.locator('.note-detail-mask');
const maskShown = (page: Page) => mask(page).evaluate((element) => getComputedStyle(element).display !== 'none');
const path = (page: Page) => new URL(page.url()).pathname;
const noteIdOf = (href: string | null) => /\/explore\/([0-9a-f]{24})\?/.exec(href ?? '')?.[1];

// The fixture itself must behave like the real explore page, or the product tests built on it prove nothing.
describe('RedNote fixture feed', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test('the explore grid mixes video and image notes, with nothing playing', async () => {
    const page = await browser.openTab(EXPLORE);
    const cards = page.locator('#exploreFeeds.feeds-container > section.note-item[data-index]');
    expect(await cards.count()).toBeGreaterThanOrEqual(9);
    expect(await page.locator('section.note-item:has(.play-icon)').count()).toBeGreaterThanOrEqual(6);
    expect(await page.locator('section.note-item:not(:has(.play-icon))').count()).toBeGreaterThanOrEqual(3);
    const href = await cards.first().locator('a.cover').getAttribute('href');
    expect(href).toMatch(/^\/explore\/[0-9a-f]{24}\?xsec_token=[^&]+&xsec_source=pc_feed$/);
    expect(await page.locator('video').count()).toBe(0);
    expect(await maskShown(page)).toBe(false);
    expect(await activeVideoId(page)).toBeNull();
    await page.close();
  });

  test('a video card opens the overlay in place: pushState, a playing video, arrows and keys, Escape, back', async () => {
    const page = await browser.openTab(EXPLORE);
    await page.evaluate(() => Object.assign(window, { __samePage: true }));
    const card = page.locator('section.note-item:has(.play-icon) a.cover').first();
    const first = noteIdOf(await card.getAttribute('href'));
    await card.click();
    await expect.poll(() => path(page)).toBe(`/explore/${first}`);
    expect(await maskShown(page)).toBe(true);
    expect(await page.locator('#noteContainer.note-container').getAttribute('data-type')).toBe('video');
    expect(await page.locator('#noteContainer .media-container .player-container .xgplayer video').count()).toBe(1);
    expect(await page.locator('#noteContainer .interaction-container .note-content span.date').count()).toBe(1);
    expect(await activeVideoId(page)).toBe(first);
    await expect.poll(() => isPlaying(page)).toBe(true);

    await page.getByRole('button', { name: '下一篇' }).click();
    await expect.poll(() => path(page)).not.toBe(`/explore/${first}`);
    const second = path(page).split('/')[2];
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => path(page)).not.toBe(`/explore/${second}`);
    const third = path(page).split('/')[2];
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => path(page)).toBe(`/explore/${second}`);

    await page.keyboard.press('Escape');
    await expect.poll(() => path(page)).toBe('/explore');
    expect(await maskShown(page)).toBe(false);
    expect(await page.locator('video').count()).toBe(0);
    expect(await activeVideoId(page)).toBeNull();
    await page.goBack();
    await expect.poll(() => maskShown(page)).toBe(true);
    expect(path(page)).toBe(`/explore/${second}`);
    await page.goBack();
    await expect.poll(() => path(page)).toBe(`/explore/${third}`);
    await page.locator('.note-detail-mask .close').click();
    await expect.poll(() => maskShown(page)).toBe(false);

    expect(await page.evaluate(() => '__samePage' in window)).toBe(true);
    const log = await fixtureLog(page);
    expect(log[0]).toEqual({ action: 'open', videoId: first, trusted: true });
    expect(log).toContainEqual({ action: 'advance', to: second, trusted: true });
    expect(log).toContainEqual({ action: 'advance', to: third, trusted: true });
    expect(log).toContainEqual({ action: 'close', trusted: true });
    await page.close();
  });

  test('an image note opens without a video', async () => {
    const page = await browser.openTab(EXPLORE);
    const card = page.locator('section.note-item:not(:has(.play-icon)) a.cover').first();
    const id = noteIdOf(await card.getAttribute('href'));
    await card.click();
    await expect.poll(() => path(page)).toBe(`/explore/${id}`);
    expect(await page.locator('#noteContainer').getAttribute('data-type')).toBe('normal');
    expect(await page.locator('#noteContainer .note-slider-img').count()).toBeGreaterThan(0);
    expect(await page.locator('video').count()).toBe(0);
    expect(await activeVideoId(page)).toBeNull();
    await mask(page).click({ position: { x: 5, y: 5 } });
    await expect.poll(() => path(page)).toBe('/explore');
    await page.close();
  });

  test('a direct load of a note URL opens that note over the grid', async () => {
    const id = '6afe3b3d000000001359077e';
    const page = await browser.openTab(`${EXPLORE}/${id}?xsec_token=ABtest&xsec_source=pc_feed`);
    expect(await maskShown(page)).toBe(true);
    expect(await activeVideoId(page)).toBe(id);
    await expect.poll(() => isPlaying(page)).toBe(true);
    expect(await page.locator('section.note-item').count()).toBeGreaterThan(0);
    await page.goto(`https://www.xiaohongshu.com/discovery/item/${id}`);
    expect(await activeVideoId(page)).toBe(id);
    await page.keyboard.press('Escape');
    await expect.poll(() => path(page)).toBe('/explore');
    await page.close();
  });

  test('the wheel scrolls the grid and more notes are appended; ?ad marks a sponsored card', async () => {
    const page = await browser.openTab(`${EXPLORE}?ad=2`);
    expect(await page.locator('section.note-item[data-index="2"] .ads-tag').textContent()).toBe('广告');
    const before = await page.locator('section.note-item').count();
    await page.mouse.move(700, 500);
    for (let step = 0; step < 4; step++) await page.mouse.wheel(0, 1500);
    await expect.poll(() => page.evaluate(() => scrollY)).toBeGreaterThan(1000);
    await expect.poll(() => page.locator('section.note-item').count()).toBeGreaterThan(before);
    await page.close();
  });

  test('?noteDelay mounts #noteContainer after the URL has changed', async () => {
    const page = await browser.openTab(`${EXPLORE}?noteDelay=400`);
    await page.locator('section.note-item:has(.play-icon) a.cover').first().click();
    expect(path(page)).toMatch(/^\/explore\/[0-9a-f]{24}$/);
    expect(await page.locator('#noteContainer').count()).toBe(0);
    await expect.poll(() => page.locator('#noteContainer video').count()).toBe(1);
    await page.close();
  });

  test('a profile is not a feed', async () => {
    const page = await browser.openTab('https://www.xiaohongshu.com/user/profile/5c1a2b3c000000000701d2e4');
    expect(await activeVideoId(page)).toBeNull();
    expect(await page.locator('video').count()).toBe(0);
    await page.close();
  });
});
