import { afterEach, describe, expect, test } from 'vitest';
import { advanceUnlessMoved } from '../../../lib/not-interested/advance';
import { youtubeShortsAdapter } from '../../../lib/sites/youtube-shorts/adapter';
import { youtubeShortsNotInterested as flows } from '../../../lib/sites/youtube-shorts/not-interested';
import { type FixturePage, logged, openFixturePage, sleep, until } from './fixture-page';

// The YouTube fixture app running in happy-dom: one reused tp-yt-iron-dropdown (closed = aria-hidden, with the last
// menu's items still inside), the view-model and legacy menus, late menus, the Undo toast, advancing after 300 ms.
const FIRST = 'kJ3vQz8LpTw';
const SECOND = 'Xq7nB2mRt0s';
let page: FixturePage;
/** The active item as the adapter finds it on each tick. */
const item = () => youtubeShortsAdapter.activeItem(page.url(), page.document);

async function open(query = '', path = `/shorts/${FIRST}`): Promise<FixturePage> {
  page = await openFixturePage('youtube-shorts', `https://www.youtube.com${path}${query}`);
  return page;
}
const run = (options = {}) => flows.notInterested(page.document, item(), options);
const dropdown = () => page.document.querySelector('tp-yt-iron-dropdown') as HTMLElement;
const dropdownOpen = () => dropdown().getAttribute('aria-hidden') !== 'true';
const activeMore = () =>
  page.document.querySelector<HTMLElement>(
    'ytd-reel-video-renderer[is-active] #right-controls button, ytd-reel-video-renderer[is-active] #menu-button button',
  ) as HTMLElement;

afterEach(async () => {
  await page?.close();
});

describe('YouTube Shorts "Not interested"', () => {
  test('view-model menu: clicks "Not interested" for the active short, with the toast’s Undo', async () => {
    await open();
    const result = await run();
    expect(result).toMatchObject({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([FIRST]);
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Not interested', videoId: FIRST }]);
    expect(logged(page, 'not-interested')).toEqual([{ action: 'not-interested', videoId: FIRST }]);
    expect(dropdownOpen()).toBe(false);
    if (!result.ok || !result.undo) throw new Error('expected an undo');
    expect(result.undo()).toBe(true);
    expect(logged(page, 'undo')).toEqual([{ action: 'undo', videoId: FIRST }]);
    // Undone before the fixture's 300 ms: the short stays, and the toast (so Undo) is gone.
    await sleep(400);
    expect(page.activeVideoId()).toBe(FIRST);
    expect(result.undo()).toBe(false);
  });

  test('legacy layout and menu (ytd-menu-service-item-renderer)', async () => {
    await open('?layout=legacy');
    expect(page.document.querySelector('ytd-reel-video-renderer.reel-video-in-sequence[is-active]')).not.toBeNull();
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(page.document.querySelector('ytd-menu-service-item-renderer')).not.toBeNull();
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Not interested', videoId: FIRST }]);
  });

  test('"More actions" in the overlay’s #menu-button', async () => {
    await open('?more=overlay');
    expect(await run()).toMatchObject({ ok: true, item: 'not-interested' });
    expect(logged(page, 'menu-item')).toHaveLength(1);
  });

  test('falls back to "Don’t recommend this channel" when "Not interested" is missing', async () => {
    await open('?menu=channel-only');
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST, item: 'dont-recommend-channel' });
    expect(logged(page, 'menu-item')).toEqual([
      { action: 'menu-item', item: 'Don’t recommend this channel', videoId: FIRST },
    ]);
  });

  test('legacy menu in French, channel only', async () => {
    await open('?layout=legacy&lang=fr&menu=channel-only');
    expect(await run()).toMatchObject({ ok: true, item: 'dont-recommend-channel' });
    expect(logged(page, 'menu-item')).toEqual([
      { action: 'menu-item', item: 'Ne pas recommander la chaîne', videoId: FIRST },
    ]);
  });

  test.each([
    ['es', 'No me interesa'],
    ['fr', 'Pas intéressé'],
    ['de', 'Kein Interesse'],
    ['ru', 'Не интересует'],
    ['ja', '興味なし'],
  ])('labels in %s', async (lang, label) => {
    await open(`?lang=${lang}`);
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: label, videoId: FIRST }]);
  });

  test('reuses the dropdown when it is already open for the active short', async () => {
    await open();
    activeMore().click();
    expect(dropdownOpen()).toBe(true);
    expect(await run()).toMatchObject({ ok: true, item: 'not-interested' });
    expect(logged(page, 'more')).toHaveLength(1);
    expect(logged(page, 'menu-item')).toHaveLength(1);
  });

  test('a dropdown open for another short is closed first; its items are never clicked', async () => {
    await open();
    const neighbour = page.document.querySelector<HTMLElement>(
      'ytd-reel-video-renderer:not([is-active]) #right-controls button',
    ) as HTMLElement;
    neighbour.click();
    expect(dropdownOpen()).toBe(true);
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Not interested', videoId: FIRST }]);
  });

  test('if that other dropdown will not close, nothing is clicked', async () => {
    await open();
    // Test-only: the page swallows Escape, so the neighbour's menu stays open.
    page.window.addEventListener('keydown', (event) => event.stopImmediatePropagation(), { capture: true });
    const neighbour = page.document.querySelector<HTMLElement>(
      'ytd-reel-video-renderer:not([is-active]) #right-controls button',
    ) as HTMLElement;
    neighbour.click();
    expect(await run()).toEqual({ ok: false, reason: 'menu-not-found' });
    expect(logged(page, 'more')).toHaveLength(1);
    expect(logged(page, 'menu-item')).toEqual([]);
  });

  test('without either item: item-not-found, the dropdown closed, nothing else clicked', async () => {
    await open('?menu=missing');
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(dropdownOpen()).toBe(false);
    expect(logged(page, 'menu-item')).toEqual([]);
    expect(page.log().map((entry) => entry.action)).toEqual(['more']);
  });

  test('an ad’s menu ("My Ad Center", "Report") has nothing to click', async () => {
    await open('?ad=1');
    page.hooks().next();
    expect(page.activeVideoId()).toBe('nO3rS5aDvT8');
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(logged(page, 'menu-item')).toEqual([]);
    expect(dropdownOpen()).toBe(false);
  });

  test('waits for a dropdown that opens late', async () => {
    await open('?menuDelay=800');
    expect(await run()).toMatchObject({ ok: true, item: 'not-interested' });
  });

  test('times out on a very late dropdown and leaves it closed', async () => {
    await open('?menuDelay=2500');
    const started = Date.now();
    expect(await run()).toEqual({ ok: false, reason: 'timeout' });
    await sleep(2700 - (Date.now() - started));
    expect(dropdownOpen()).toBe(false);
    expect(logged(page, 'menu-item')).toEqual([]);
  });

  test('never clicks the stale items of the closed dropdown', async () => {
    await open('?menuDelay=400');
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST });
    expect(await until(() => page.activeVideoId() === SECOND)).toBe(true);
    // The closed dropdown still holds the first short's "Not interested"; the new menu is slower than the step.
    expect(dropdown().querySelector('yt-list-item-view-model')).not.toBeNull();
    expect(await run({ stepTimeoutMs: 150 })).toEqual({ ok: false, reason: 'timeout' });
    expect(logged(page, 'menu-item').map((entry) => entry.videoId)).toEqual([FIRST]);
    await sleep(400);
    expect(dropdownOpen()).toBe(false);
  });

  test('the next short after the site moved on', async () => {
    await open();
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST });
    expect(await until(() => page.activeVideoId() === SECOND)).toBe(true);
    expect(await run()).toMatchObject({ ok: true, videoId: SECOND });
    expect(logged(page, 'menu-item').map((entry) => entry.videoId)).toEqual([FIRST, SECOND]);
  });

  test('no active video off Shorts', async () => {
    await open('', '/');
    expect(await run()).toEqual({ ok: false, reason: 'no-active-video' });
    expect(flows.goToNext(page.document, item())).toBe(false);
  });
});

describe('YouTube Shorts next video', () => {
  test('goToNext presses #navigation-button-down', async () => {
    await open();
    expect(flows.goToNext(page.document, item())).toBe(true);
    expect(logged(page, 'advance')).toEqual([{ action: 'advance', to: SECOND }]);
    expect(page.url().pathname).toBe(`/shorts/${SECOND}`);
  });

  test('after "Not interested" the site moves on by itself; advanceUnlessMoved presses nothing', async () => {
    await open();
    const result = await run();
    if (!result.ok) throw new Error(result.reason);
    const outcome = await advanceUnlessMoved(page.document, {
      videoId: result.videoId,
      currentVideoId: () => item()?.id ?? null,
      goToNext: () => flows.goToNext(page.document, item()),
    });
    expect(outcome).toBe('moved-by-site');
    expect(logged(page, 'advance')).toEqual([{ action: 'advance', to: SECOND }]);
  });
});

// m.youtube.com on a phone: the short holding #movie_player, its "More actions" filling the bottom sheet.
describe('YouTube Shorts "Not interested" on m.youtube.com', () => {
  const MOBILE_FIRST = 'mQ4vT8nLp2s';
  const MOBILE_SECOND = 'Rk7pW1xYc9e';
  const openMobile = async (query = '') => {
    page = await openFixturePage('youtube-shorts', `https://m.youtube.com/shorts/${MOBILE_FIRST}${query}`, {
      phone: true,
    });
    return page;
  };
  const sheetRows = () => page.document.querySelectorAll('bottom-sheet-container ytm-menu-item').length;

  test('the bottom sheet’s "Not interested" for the short on screen, the sheet emptied, the site moves on', async () => {
    await openMobile();
    expect(item()?.id).toBe(MOBILE_FIRST);
    expect(await run()).toMatchObject({ ok: true, videoId: MOBILE_FIRST, item: 'not-interested' });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([MOBILE_FIRST]);
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Not interested', videoId: MOBILE_FIRST }]);
    expect(sheetRows()).toBe(0);
    expect(await until(() => page.activeVideoId() === MOBILE_SECOND)).toBe(true);
    expect(page.url().pathname).toBe(`/shorts/${MOBILE_SECOND}`);
    // No next button on the mobile site: it moved by itself, and goToNext has nothing to press.
    expect(flows.goToNext(page.document, item())).toBe(false);
  });

  test('the wider screens’ body > #menu works the same', async () => {
    await openMobile('?sheet=menu');
    expect(await run()).toMatchObject({ ok: true, videoId: MOBILE_FIRST, item: 'not-interested' });
    expect(page.document.querySelector('body > #menu')).toBeNull();
  });

  test('after moving on, the short now on screen is the one acted on, never the previous', async () => {
    await openMobile();
    page.hooks().next();
    expect(item()?.id).toBe(MOBILE_SECOND);
    expect(await run()).toMatchObject({ ok: true, videoId: MOBILE_SECOND });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([MOBILE_SECOND]);
  });

  test('a sheet without the item is closed (Escape, else its own Cancel) and nothing else is pressed', async () => {
    await openMobile('?menu=missing');
    // Test-only: the page swallows Escape, so only the sheet's Cancel row can close it.
    page.window.addEventListener('keydown', (event) => event.stopImmediatePropagation(), { capture: true });
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(sheetRows()).toBe(0);
    expect(logged(page, 'menu-item')).toEqual([]);
    expect(page.log().map((entry) => entry.action)).toEqual(['more']);
  });
});
