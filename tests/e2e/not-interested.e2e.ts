import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import type { SiteHealthRow } from '../../lib/db/database';
import { activeVideoId, fixtureLog, isPlaying } from './harness/fixture-page';
import { ExtensionBrowser } from './harness/launch';
import { accessibleText, button, clickAccessible } from './harness/prompts';
import { screenshot } from './harness/screenshots';
import { storedDays } from './harness/watching';

interface Scenario {
  site: string;
  url: string;
  /** The fixture's own record of its "Not interested" (or closest equivalent) being clicked. */
  menuItem: RegExp;
  /** The site's menu, while open. */
  openMenu: string;
}

const scenarios: Scenario[] = [
  {
    site: 'tiktok',
    url: 'https://www.tiktok.com/foryou',
    menuItem: /not-interested/,
    openMenu: '.TUXPopover-popover--open',
  },
  {
    site: 'youtube-shorts',
    url: 'https://www.youtube.com/shorts/kJ3vQz8LpTw',
    menuItem: /Not interested/,
    openMenu: 'tp-yt-iron-dropdown:not([aria-hidden="true"])',
  },
  {
    site: 'youtube-shorts',
    url: 'https://www.youtube.com/shorts/kJ3vQz8LpTw?layout=legacy',
    menuItem: /Not interested/,
    openMenu: 'tp-yt-iron-dropdown:not([aria-hidden="true"])',
  },
  {
    site: 'instagram-reels',
    url: 'https://www.instagram.com/reels/',
    menuItem: /Not interested/,
    openMenu: '[role="dialog"]',
  },
  {
    site: 'facebook-reels',
    url: 'https://www.facebook.com/reel/1020112310713480',
    menuItem: /Show less/,
    openMenu: '[role="menu"]',
  },
];

async function notInterestedCount(browser: ExtensionBrowser, site: string): Promise<number> {
  return (await storedDays(browser))
    .filter((day) => day.site === site)
    .reduce((sum, day) => sum + day.notInterested, 0);
}

async function notInterestedFor(page: Page): Promise<string[]> {
  return (await fixtureLog(page))
    .filter((entry) => entry.action === 'not-interested')
    .map((entry) => entry.videoId ?? '');
}

describe('one-key "Not interested" in Chromium', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  test.each(scenarios.map((scenario) => [scenario.site, scenario.url, scenario] as const))(
    "%s (%s): the button, the key and the browser command each drive the site's own item for the active video",
    async (site, _url, scenario) => {
      const page = await browser.openTab(scenario.url);
      await expect.poll(() => isPlaying(page)).toBe(true);
      const before = await notInterestedCount(browser, site);
      const marked: string[] = [];

      // 1. The button over the active video, drawn once the person is there (the mouse moves), clicked with it.
      expect(await button(page, /^Not interested$/)).toBeUndefined();
      await page.mouse.move(640, 450);
      await expect.poll(() => button(page, /^Not interested$/)).toBeDefined();
      if (site === 'tiktok') await screenshot(page, 'not-interested-button');
      marked.push((await activeVideoId(page)) ?? '');
      await clickAccessible(page, 'button', /^Not interested$/);
      await expect.poll(() => notInterestedFor(page)).toEqual(marked);
      await expect.poll(() => activeVideoId(page)).not.toBe(marked[0]);
      await expect.poll(() => accessibleText(page, /not interested\. You’ll see fewer/)).toBe(true);
      if (site === 'tiktok') await screenshot(page, 'not-interested-toast');

      // 2. The in-page key.
      await expect.poll(() => isPlaying(page)).toBe(true);
      marked.push((await activeVideoId(page)) ?? '');
      await page.keyboard.press('Shift+D');
      await expect.poll(() => notInterestedFor(page)).toEqual(marked);
      await expect.poll(() => activeVideoId(page)).not.toBe(marked[1]);

      // 3. The browser command, as the background relays it to the tab.
      await expect.poll(() => isPlaying(page)).toBe(true);
      marked.push((await activeVideoId(page)) ?? '');
      const worker = await browser.worker();
      await worker.evaluate(async (url) => {
        const { chrome } = globalThis as unknown as {
          chrome: {
            tabs: {
              query(q: object): Promise<{ id: number; url: string }[]>;
              sendMessage(id: number, m: object): Promise<void>;
            };
          };
        };
        const [tab] = (await chrome.tabs.query({})).filter((candidate) => candidate.url?.startsWith(url));
        if (tab) await chrome.tabs.sendMessage(tab.id, { type: 'run-not-interested' }).catch(() => undefined);
      }, new URL(page.url()).origin);
      await expect.poll(() => notInterestedFor(page)).toEqual(marked);

      // Only the site's own item was clicked, each time for the video that was active.
      const items = (await fixtureLog(page)).filter((entry) => entry.action === 'menu-item');
      expect(items).toHaveLength(3);
      for (const [index, item] of items.entries()) {
        expect(item.item).toMatch(scenario.menuItem);
        expect(item.videoId).toBe(marked[index]);
      }
      await expect.poll(() => notInterestedCount(browser, site)).toBe(before + 3);
      await page.close();
    },
  );

  test.each(scenarios.map((scenario) => [scenario.site, scenario.url, scenario] as const))(
    '%s (%s): with the item missing, nothing else is clicked, the menu is closed and a toast says so',
    async (site, url, scenario) => {
      const missing = new URL(url);
      missing.searchParams.set('menu', 'missing');
      const page = await browser.openTab(missing.toString());
      await expect.poll(() => isPlaying(page)).toBe(true);
      const before = await notInterestedCount(browser, site);
      const video = await activeVideoId(page);
      await page.keyboard.press('Shift+D');
      await expect
        .poll(() => accessibleText(page, /Couldn’t find the “Not interested” option on .*\. Nothing was changed\./), {
          timeout: 6_000,
        })
        .toBe(true);
      const log = await fixtureLog(page);
      expect(log.filter((entry) => entry.action === 'more').length).toBeGreaterThan(0);
      expect(log.filter((entry) => entry.action === 'menu-item' || entry.action === 'not-interested')).toEqual([]);
      expect(await page.locator(scenario.openMenu).count()).toBe(0);
      expect(await activeVideoId(page)).toBe(video);
      expect(await notInterestedCount(browser, site)).toBe(before);
      await expect
        .poll(
          async () =>
            (await browser.readStore<SiteHealthRow>('health')).find(
              (row) => row.site === site && row.capability === 'not-interested',
            )?.status,
        )
        .toBe('degraded');
      await page.close();
    },
  );

  test('RedNote has no such action: no button, and the key explains why', async () => {
    const page = await browser.openTab('https://www.xiaohongshu.com/explore');
    await page.locator('section.note-item a.cover').first().click();
    await expect.poll(() => isPlaying(page)).toBe(true);
    expect(await button(page, /^Not interested$/)).toBeUndefined();
    await page.keyboard.press('Shift+D');
    await expect.poll(() => accessibleText(page, /RedNote has no “Not interested” option on the web/)).toBe(true);
    await page.close();
  });

  test('a key press made up by the page starts nothing', async () => {
    const page = await browser.openTab('https://www.tiktok.com/foryou');
    await expect.poll(() => isPlaying(page)).toBe(true);
    await page.evaluate(() => {
      for (const target of [document, document.body, window]) {
        target.dispatchEvent(new KeyboardEvent('keydown', { key: 'D', shiftKey: true, bubbles: true }));
      }
    });
    // Nor does it bring the button: only the person's own input does.
    expect(await button(page, /^Not interested$/)).toBeUndefined();
    await page.mouse.move(640, 450);
    await expect.poll(() => button(page, /^Not interested$/)).toBeDefined();
    expect((await fixtureLog(page)).filter((entry) => entry.action === 'more')).toEqual([]);
    await page.close();
  });
});
