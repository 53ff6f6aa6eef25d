import { afterEach, describe, expect, test } from 'vitest';
import { advanceUnlessMoved } from '../../../lib/not-interested/advance';
import { facebookReelsAdapter } from '../../../lib/sites/facebook-reels/adapter';
import { facebookReelsNotInterested as flows } from '../../../lib/sites/facebook-reels/not-interested';
import { type FixturePage, logged, openFixturePage, sleep, until } from './fixture-page';

// The Facebook Reels fixture running in happy-dom: the menu is created in the layer root on open and removed on close;
// "Show less" shows a toast with Undo and advances after 150 ms; the card just left stays mounted, aria-hidden.
const FIRST = '1020112310713480';
const SECOND = '874213569024187';
let page: FixturePage;
/** The active item as the adapter finds it on each tick. */
const item = () => facebookReelsAdapter.activeItem(page.url(), page.document);

async function open(query = '', path = `/reel/${FIRST}`): Promise<FixturePage> {
  page = await openFixturePage('facebook-reels', `https://www.facebook.com${path}${query}`);
  return page;
}
const run = (options = {}) => flows.notInterested(page.document, item(), options);
const menuOpen = () => page.document.querySelector('[role="menu"]') !== null;
const activeMore = () =>
  page.document.querySelector<HTMLElement>('.fb-card:not([aria-hidden="true"]) [aria-haspopup="menu"]') as HTMLElement;

afterEach(async () => {
  await page?.close();
});

describe('Facebook Reels "Show less"', () => {
  test('clicks "Show less" for the active reel, with the toast’s Undo', async () => {
    await open();
    const result = await run();
    expect(result).toMatchObject({ ok: true, videoId: FIRST, item: 'show-less' });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([FIRST]);
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Show less', videoId: FIRST }]);
    expect(menuOpen()).toBe(false);
    if (!result.ok || !result.undo) throw new Error('expected an undo');
    expect(result.undo()).toBe(true);
    expect(logged(page, 'undo')).toEqual([{ action: 'undo', videoId: FIRST }]);
    expect(result.undo()).toBe(false);
  });

  test('reuses the menu already open for the active reel', async () => {
    await open();
    activeMore().click();
    expect(menuOpen()).toBe(true);
    expect(await run()).toMatchObject({ ok: true, item: 'show-less' });
    expect(logged(page, 'more')).toHaveLength(1);
    expect(logged(page, 'menu-item')).toHaveLength(1);
  });

  test('without "Show less": item-not-found, the menu closed, "Hide reel" never clicked', async () => {
    await open('?menu=missing');
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(menuOpen()).toBe(false);
    expect(activeMore().getAttribute('aria-expanded')).toBe('false');
    expect(logged(page, 'menu-item')).toEqual([]);
    expect(page.log().map((entry) => entry.action)).toEqual(['more']);
  });

  test('a sponsored reel’s menu ("Hide ad", …) has nothing to click', async () => {
    await open('?ad=0');
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(logged(page, 'menu-item')).toEqual([]);
    expect(menuOpen()).toBe(false);
  });

  test.each([
    ['es', 'Ver menos'],
    ['fr', 'Voir moins'],
    ['de', 'Weniger anzeigen'],
    ['pt', 'Ver menos'],
    ['vi', 'Hiển thị ít hơn'],
  ])('labels in %s', async (lang, label) => {
    await open(`?lang=${lang}`);
    const result = await run();
    expect(result).toMatchObject({ ok: true, videoId: FIRST, item: 'show-less' });
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: label, videoId: FIRST }]);
    expect(result.ok && result.undo?.()).toBe(true);
  });

  test('waits for a menu that opens late', async () => {
    await open('?menuDelay=800');
    expect(await run()).toMatchObject({ ok: true, item: 'show-less' });
  });

  test('times out on a very late menu and leaves it closed', async () => {
    await open('?menuDelay=2500');
    const started = Date.now();
    expect(await run()).toEqual({ ok: false, reason: 'timeout' });
    await sleep(2700 - (Date.now() - started));
    expect(menuOpen()).toBe(false);
    expect(logged(page, 'menu-item')).toEqual([]);
  });

  test('on the next reel, acts on the active card, never the hidden one left behind', async () => {
    await open();
    page.hooks().next();
    expect(await until(() => page.document.querySelectorAll('.fb-card').length === 2)).toBe(true);
    expect(await run()).toMatchObject({ ok: true, videoId: SECOND });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([SECOND]);
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Show less', videoId: SECOND }]);
  });

  test('no active video on the News Feed', async () => {
    await open('', '/');
    expect(await run()).toEqual({ ok: false, reason: 'no-active-video' });
    expect(flows.goToNext(page.document, item())).toBe(false);
  });
});

describe('Facebook Reels next video', () => {
  test.each([
    ['en', ''],
    ['en "Next card"', '?nav=lowercase'],
    ['vi', '?lang=vi'],
    ['de', '?lang=de'],
  ])('goToNext presses "Next Card" (%s)', async (_name, query) => {
    await open(query);
    expect(flows.goToNext(page.document, item())).toBe(true);
    expect(logged(page, 'advance')).toEqual([{ action: 'advance', to: SECOND }]);
    expect(page.url().pathname).toBe(`/reel/${SECOND}`);
  });

  test('after "Show less" the site moves on by itself; advanceUnlessMoved presses nothing', async () => {
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

// m.facebook.com on a phone: no main landmark, reel units, the "More" as a bottom sheet of plain buttons.
describe('Facebook Reels "Show less" on m.facebook.com', () => {
  const openMobile = async (path: string) => {
    page = await openFixturePage('facebook-reels', `https://m.facebook.com${path}`, { phone: true });
    return page;
  };
  const sheetOpen = () => page.document.querySelector('[role="dialog"]') !== null;

  test('the sheet’s "Show less" for the reel on screen (not the one just left), then the site moves on', async () => {
    await openMobile(`/reel/${FIRST}`);
    page.hooks().next();
    expect(page.document.querySelectorAll('[data-tracking-duration-id] video')).toHaveLength(2);
    expect(item()?.id).toBe(SECOND);
    expect(await run()).toMatchObject({ ok: true, videoId: SECOND, item: 'show-less' });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([SECOND]);
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Show less', videoId: SECOND }]);
    expect(sheetOpen()).toBe(false);
    expect(await until(() => page.activeVideoId() === '1190345566778812')).toBe(true);
    expect(page.url().pathname).toBe('/reel/1190345566778812');
  });

  test('a sheet without "Show less" (only "Hide reel", refused) is closed and nothing else is pressed', async () => {
    await openMobile('/reels/?menu=missing');
    expect(item()?.id).toBe(FIRST);
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(sheetOpen()).toBe(false);
    expect(page.log().map((entry) => entry.action)).toEqual(['more']);
  });
});
