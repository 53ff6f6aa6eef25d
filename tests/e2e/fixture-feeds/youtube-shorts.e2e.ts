import type { ElementHandle, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, test } from 'vitest';
import { activeVideoId, fixtureLog, isPlaying } from '../harness/fixture-page';
import { ExtensionBrowser } from '../harness/launch';

interface NavigateDetail {
  pageType: string;
  endpoint: { reelWatchEndpoint?: { videoId: string } };
}

declare global {
  interface Window {
    __ytNavigations?: NavigateDetail[];
    __sameDocument?: boolean;
  }
}

const ORIGIN = 'https://www.youtube.com';
const NOT_INTERESTED_ICON =
  'M12 1C5.925 1 1 5.925 1 12s4.925 11 11 11 11-4.925 11-11S18.075 1 12 1Zm0 2a9 9 0 018.246 12.605L4.755 6.661A8.99 8.99 0 0112 3ZM3.754 8.393l15.491 8.944A9 9 0 013.754 8.393Z';
const DROPDOWN = 'ytd-popup-container > tp-yt-iron-dropdown';

/** What differs between the two Shorts layouts, as the real site has them. */
const LAYOUTS = {
  new: {
    query: '',
    more: 'ytd-reel-video-renderer[is-active] #right-controls button[aria-label="More actions"]',
    menuRow: 'yt-sheet-view-model yt-list-view-model yt-list-item-view-model',
    menuItem: 'button.ytListItemViewModelButtonOrAnchor[role="menuitem"]',
  },
  legacy: {
    query: '?layout=legacy',
    more: 'ytd-reel-video-renderer.reel-video-in-sequence[is-active] #menu-button button[aria-label="More actions"]',
    menuRow: 'ytd-menu-popup-renderer tp-yt-paper-listbox ytd-menu-service-item-renderer',
    menuItem: 'tp-yt-paper-item[role="option"]',
  },
} as const;

/** Records every yt-navigate-finish the page fires from now on. */
async function recordNavigations(page: Page): Promise<void> {
  await page.evaluate(() => {
    window.__ytNavigations = [];
    document.addEventListener('yt-navigate-finish', (event) => {
      window.__ytNavigations?.push((event as CustomEvent<NavigateDetail>).detail);
    });
  });
}

/** The short ids (or the page type, for other pages) of the recorded yt-navigate-finish events. */
function navigations(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    (window.__ytNavigations ?? []).map((detail) =>
      detail.pageType === 'shorts' ? (detail.endpoint.reelWatchEndpoint?.videoId ?? '?') : detail.pageType,
    ),
  );
}

/** The sequence number (the element id) of the short holding `is-active`, in either layout. */
function activeSlot(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const renderers = document.querySelectorAll('ytd-reel-video-renderer[is-active]');
    const renderer = renderers[0];
    if (renderers.length !== 1 || !renderer) return null;
    return (renderer.closest('.reel-video-in-sequence-new') ?? renderer).id;
  });
}

/** Whether `video` is still the one <video> of the page, sitting in the active short. */
function isTheActiveVideo(page: Page, video: ElementHandle<Element>): Promise<boolean> {
  return page.evaluate(
    (element) =>
      document.querySelectorAll('video').length === 1 &&
      element === document.querySelector('ytd-reel-video-renderer[is-active] #shorts-player video'),
    video,
  );
}

const pathOf = (page: Page) => new URL(page.url()).pathname;

// The fixture itself must behave like the real feed, or the product tests built on it prove nothing.
describe('YouTube Shorts fixture feed', () => {
  let browser: ExtensionBrowser;
  beforeAll(async () => {
    browser = await ExtensionBrowser.launch({ fixturePort: inject('fixturePort') });
  });
  afterAll(() => browser?.close());

  async function open(path: string): Promise<Page> {
    const page = await browser.openTab(`${ORIGIN}${path}`);
    await recordNavigations(page);
    return page;
  }

  describe.each(['new', 'legacy'] as const)('%s layout', (layoutName) => {
    const layout = LAYOUTS[layoutName];

    test('plays, and wheel / ArrowDown / the next button each move one short, reusing the one <video>', async () => {
      const page = await open(`/shorts/kJ3vQz8LpTw${layout.query}`);
      expect(await activeVideoId(page)).toBe('kJ3vQz8LpTw');
      expect(await activeSlot(page)).toBe('0');
      const video = await page.locator('video.video-stream.html5-main-video[loop]').elementHandle();
      if (!video) throw new Error('no Shorts <video>');
      if (layoutName === 'new') {
        expect(await page.locator('.reel-video-in-sequence-new').count()).toBeGreaterThan(3);
        // Only the active slot and its neighbours are hydrated.
        expect(await page.locator('.reel-video-in-sequence-new > ytd-reel-video-renderer').count()).toBe(2);
        expect(
          await page.locator('.reel-video-in-sequence-new[id="1"] .reel-video-in-sequence-thumbnail').evaluate((el) => {
            return getComputedStyle(el).backgroundImage;
          }),
        ).toMatch(/\/vi\/[A-Za-z0-9_-]{11}\//);
      } else {
        expect(await page.locator('ytd-reel-video-renderer.reel-video-in-sequence').count()).toBeGreaterThan(3);
      }

      const seen = ['kJ3vQz8LpTw'];
      const swipes: Array<[string, () => Promise<void>]> = [
        [
          'wheel',
          async () => {
            // Two wheel events of one gesture move one short, not two.
            await page.mouse.move(640, 450);
            await page.mouse.wheel(0, 120);
            await page.mouse.wheel(0, 120);
          },
        ],
        ['ArrowDown', () => page.keyboard.press('ArrowDown')],
        [
          'next button',
          () =>
            page
              .locator(
                '#navigation-button-down > ytd-button-renderer > yt-button-shape > button[aria-label="Next video"]',
              )
              .click(),
        ],
      ];
      for (const [index, [how, swipe]] of swipes.entries()) {
        await swipe();
        await expect.poll(() => activeSlot(page), { message: how }).toBe(String(index + 1));
        const id = await activeVideoId(page);
        expect(id, how).toMatch(/^[A-Za-z0-9_-]{11}$/);
        expect(seen).not.toContain(id);
        seen.push(id as string);
        expect(pathOf(page), how).toBe(`/shorts/${id}`);
        await expect.poll(() => navigations(page), { message: how }).toEqual(seen.slice(1));
        expect(await isTheActiveVideo(page, video), how).toBe(true);
        expect(await video.getAttribute('src'), how).toContain(`item=${id}`);
      }
      await expect.poll(() => isPlaying(page)).toBe(true);
      await page.keyboard.press('ArrowUp');
      await expect.poll(() => activeSlot(page)).toBe('2');
      expect(pathOf(page)).toBe(`/shorts/${seen[2]}`);
      await page.close();
    });

    test('the reused dropdown opens by attribute; "Not interested" logs the active short and advances', async () => {
      const page = await open(`/shorts/Xq7nB2mRt0s${layout.query}`);
      const dropdown = page.locator(DROPDOWN);
      expect(await dropdown.count()).toBe(1);
      expect(await dropdown.getAttribute('aria-hidden')).toBe('true');
      const more = page.locator(layout.more);
      expect(await more.count()).toBe(1);

      // Escape and a click outside both close it; the closed dropdown keeps its old items, as YouTube's does.
      await more.click();
      await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBeNull();
      expect(await dropdown.evaluate((el) => getComputedStyle(el).display)).not.toBe('none');
      await page.keyboard.press('Escape');
      await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBe('true');
      expect(await dropdown.evaluate((el) => getComputedStyle(el).display)).toBe('none');
      expect(await dropdown.locator(layout.menuRow).count()).toBeGreaterThan(0);
      await more.click();
      await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBeNull();
      await page.mouse.click(1000, 200);
      await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBe('true');

      await more.click();
      await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBeNull();
      const box = await dropdown.boundingBox();
      const moreBox = await more.boundingBox();
      expect(box && moreBox && Math.abs(box.x + box.width - (moreBox.x + moreBox.width))).toBeLessThan(200);
      const row = dropdown.locator(layout.menuRow, { hasText: 'Not interested' });
      expect(await row.locator('svg path').getAttribute('d')).toBe(NOT_INTERESTED_ICON);
      expect(await dropdown.locator(layout.menuRow, { hasText: 'Don’t recommend this channel' }).count()).toBe(1);
      await row.locator(layout.menuItem).click();

      await expect.poll(() => activeVideoId(page)).not.toBe('Xq7nB2mRt0s');
      const next = (await activeVideoId(page)) as string;
      expect(pathOf(page)).toBe(`/shorts/${next}`);
      expect(await activeSlot(page)).toBe('1');
      expect(await dropdown.getAttribute('aria-hidden')).toBe('true');
      expect(await page.locator('notification-multi-action-renderer button', { hasText: 'Undo' }).isVisible()).toBe(
        true,
      );
      const log = await fixtureLog(page);
      expect(log.filter((entry) => entry.action === 'more')).toEqual([
        { action: 'more', videoId: 'Xq7nB2mRt0s', trusted: true },
        { action: 'more', videoId: 'Xq7nB2mRt0s', trusted: true },
        { action: 'more', videoId: 'Xq7nB2mRt0s', trusted: true },
      ]);
      expect(log.slice(-3)).toEqual([
        { action: 'menu-item', item: 'Not interested', videoId: 'Xq7nB2mRt0s' },
        { action: 'not-interested', videoId: 'Xq7nB2mRt0s' },
        { action: 'advance', to: next },
      ]);
      await page.close();
    });
  });

  test('?menu=missing has neither item; ?menu=channel-only falls back to "Don’t recommend this channel"', async () => {
    const missing = await open('/shorts/kJ3vQz8LpTw?menu=missing');
    await missing.locator(LAYOUTS.new.more).click();
    const rows = missing.locator(`${DROPDOWN}:not([aria-hidden]) ${LAYOUTS.new.menuRow}`);
    await expect.poll(() => rows.count()).toBeGreaterThan(0);
    expect(await rows.allTextContents()).not.toContainEqual(expect.stringMatching(/Not interested|recommend/));
    await missing.close();

    const channelOnly = await open('/shorts/kJ3vQz8LpTw?layout=legacy&menu=channel-only');
    await channelOnly.locator(LAYOUTS.legacy.more).click();
    const dropdown = channelOnly.locator(DROPDOWN);
    await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBeNull();
    expect(await dropdown.locator(LAYOUTS.legacy.menuRow, { hasText: 'Not interested' }).count()).toBe(0);
    await dropdown
      .locator(LAYOUTS.legacy.menuRow, { hasText: 'Don’t recommend this channel' })
      .locator(LAYOUTS.legacy.menuItem)
      .click();
    await expect.poll(() => activeVideoId(channelOnly)).not.toBe('kJ3vQz8LpTw');
    expect(await fixtureLog(channelOnly)).toContainEqual({ action: 'dont-recommend', videoId: 'kJ3vQz8LpTw' });
    await channelOnly.close();
  });

  test('?menuDelay opens the dropdown late; ?lang and ?ad change labels and insert an ad short', async () => {
    const page = await open('/shorts/kJ3vQz8LpTw?menuDelay=400&lang=es&ad=1&more=overlay');
    const dropdown = page.locator(DROPDOWN);
    const more = page.locator('ytd-reel-video-renderer[is-active] #menu-button button[aria-label="Más acciones"]');
    expect(await page.locator('ytd-reel-video-renderer[is-active] #right-controls button').count()).toBe(0);
    const clicked = Date.now();
    await more.click();
    expect(await dropdown.getAttribute('aria-hidden')).toBe('true');
    await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBeNull();
    expect(Date.now() - clicked).toBeGreaterThanOrEqual(300);
    expect(await dropdown.locator(LAYOUTS.new.menuRow, { hasText: 'No me interesa' }).count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => dropdown.getAttribute('aria-hidden')).toBe('true');

    await page.locator('#navigation-button-down button[aria-label="Siguiente video"]').click();
    await expect.poll(() => activeSlot(page)).toBe('1');
    const ad = page.locator('ytd-reel-video-renderer[is-active]:has(ytd-ad-slot-renderer)');
    expect(await ad.locator('reels-ad-metadata-view-model').count()).toBe(1);
    expect(await ad.locator('ad-button-view-model').count()).toBe(1);
    await expect.poll(() => isPlaying(page)).toBe(true);
    await page.close();
  });

  test('the home page navigates in-page to Shorts and back, firing yt-navigate-finish', async () => {
    const page = await open('/');
    await page.evaluate(() => {
      window.__sameDocument = true;
    });
    expect(await page.locator('ytd-browse[page-subtype="home"]').isVisible()).toBe(true);
    expect(await activeVideoId(page)).toBeNull();
    await page.locator('ytd-rich-shelf-renderer[is-shorts] a[href="/shorts/Xq7nB2mRt0s"]').first().click();
    await expect.poll(() => pathOf(page)).toBe('/shorts/Xq7nB2mRt0s');
    await expect.poll(() => navigations(page)).toEqual(['Xq7nB2mRt0s']);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    expect(await page.locator('ytd-browse').isVisible()).toBe(false);
    expect(await activeSlot(page)).toBe('0');
    expect(await activeVideoId(page)).toBe('Xq7nB2mRt0s');
    await expect.poll(() => isPlaying(page)).toBe(true);

    await page.locator('a#logo[href="/"]').click();
    await expect.poll(() => pathOf(page)).toBe('/');
    await expect.poll(() => navigations(page)).toEqual(['Xq7nB2mRt0s', 'browse']);
    expect(await page.locator('ytd-shorts').isVisible()).toBe(false);
    expect(await isPlaying(page)).toBe(false);
    await page.goBack();
    await expect.poll(() => navigations(page)).toEqual(['Xq7nB2mRt0s', 'browse', 'Xq7nB2mRt0s']);
    expect(await page.evaluate(() => window.__sameDocument)).toBe(true);
    await page.close();
  });
});
