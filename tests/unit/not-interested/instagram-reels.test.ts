import { afterEach, describe, expect, test } from 'vitest';
import { instagramReelsAdapter } from '../../../lib/sites/instagram-reels/adapter';
import { instagramReelsNotInterested as flows } from '../../../lib/sites/instagram-reels/not-interested';
import { type FixturePage, logged, openFixturePage, sleep, until } from './fixture-page';

// The Instagram fixture app running in happy-dom: the reel's "More" opens a modal dialog created on open and removed
// on close; the left nav has its own svg[aria-label="More"], first in document order, which must never be clicked.
const FIRST = 'C7xQ2mLpT9a';
let page: FixturePage;
/** The active item as the adapter finds it on each tick. */
const item = () => instagramReelsAdapter.activeItem(page.url(), page.document);

async function open(query = ''): Promise<FixturePage> {
  page = await openFixturePage('instagram-reels', `https://www.instagram.com/reels/${query}`);
  return page;
}
const run = (options = {}) => flows.notInterested(page.document, item(), options);
const dialogOpen = () => page.document.querySelector('[role="dialog"]') !== null;

afterEach(async () => {
  await page?.close();
});

describe('Instagram Reels "Not interested"', () => {
  test('clicks "Not interested" in the active reel’s dialog, never the nav’s "More"', async () => {
    await open();
    expect(page.url().pathname).toBe(`/reels/${FIRST}/`);
    // The first svg[aria-label="More"] of the page is the nav's hamburger.
    const first = page.document.querySelector('svg[aria-label="More"]');
    expect(first?.closest('main')).toBeNull();
    expect(await run()).toEqual({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([FIRST]);
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: 'Not interested', videoId: FIRST }]);
    expect(logged(page, 'not-interested')).toEqual([{ action: 'not-interested', videoId: FIRST }]);
    expect(logged(page, 'sidebar-more')).toEqual([]);
    expect(dialogOpen()).toBe(false);
  });

  test('a reel without its own "More" is menu-not-found, and the nav’s "More" stays untouched', async () => {
    await open();
    // Test-only change of the live page: the active reel's "More" icon removed.
    const reel = page.document.querySelector('main [role="presentation"]') as Element;
    reel.querySelector('svg[aria-label="More"]')?.closest('[role="button"]')?.remove();
    expect(await run()).toEqual({ ok: false, reason: 'menu-not-found' });
    expect(page.log()).toEqual([]);
  });

  test('without the item: item-not-found, the dialog closed, nothing else clicked', async () => {
    await open('?menu=missing');
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(dialogOpen()).toBe(false);
    expect(logged(page, 'menu-item')).toEqual([]);
    expect(page.log().map((entry) => entry.action)).toEqual(['more']);
  });

  test.each([
    ['es', 'No me interesa'],
    ['fr', 'Pas intéressé(e)'],
    ['de', 'Kein Interesse'],
    ['pt', 'Não tenho interesse'],
    ['ja', '興味なし'],
    ['ko', '관심 없음'],
    ['zh', '不感兴趣'],
    ['ru', 'Не интересно'],
  ])('labels in %s', async (lang, label) => {
    await open(`?lang=${lang}`);
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'menu-item')).toEqual([{ action: 'menu-item', item: label, videoId: FIRST }]);
  });

  test('a dialog already open (it says nothing of its owner) is closed and opened afresh', async () => {
    await open();
    const more = page.document.querySelector('main [role="presentation"] svg[aria-label="More"]') as Element;
    (more.closest('[role="button"]') as HTMLElement).click();
    expect(dialogOpen()).toBe(true);
    expect(await run()).toMatchObject({ ok: true, item: 'not-interested' });
    expect(logged(page, 'more')).toHaveLength(2);
    expect(logged(page, 'menu-item')).toHaveLength(1);
    expect(dialogOpen()).toBe(false);
  });

  test('waits for a dialog that appears late', async () => {
    await open('?menuDelay=800');
    expect(await run()).toMatchObject({ ok: true, item: 'not-interested' });
  });

  test('times out on a very late dialog and leaves it closed', async () => {
    await open('?menuDelay=2500');
    const started = Date.now();
    expect(await run()).toEqual({ ok: false, reason: 'timeout' });
    await sleep(2700 - (Date.now() - started));
    expect(dialogOpen()).toBe(false);
    expect(logged(page, 'menu-item')).toEqual([]);
  });
});

describe('Instagram Reels next video', () => {
  // happy-dom has no layout, so the fixture's scroll-driven move cannot happen here (the e2e tests see it): check that
  // the key Instagram listens to reaches the document.
  test('goToNext sends ArrowDown to the page', async () => {
    await open();
    const keys: string[] = [];
    page.document.addEventListener('keydown', (event) => keys.push(event.key));
    expect(flows.goToNext(page.document, item())).toBe(true);
    expect(keys).toEqual(['ArrowDown']);
    expect(logged(page, 'sidebar-more')).toEqual([]);
  });

  test('goToNext does nothing off the Reels feed', async () => {
    page = await openFixturePage('instagram-reels', 'https://www.instagram.com/');
    expect(flows.goToNext(page.document, item())).toBe(false);
    expect(await run()).toEqual({ ok: false, reason: 'no-active-video' });
  });
});

// The mobile layout on a phone (same hosts): reels without role="presentation", the "More" as a bottom sheet.
describe('Instagram Reels "Not interested" on the mobile layout', () => {
  const openPhone = async (path: string) => {
    page = await openFixturePage('instagram-reels', `https://instagram.com${path}`, { phone: true });
    return page;
  };

  test('the bottom sheet’s "Not interested" for the reel on screen, then the site moves on', async () => {
    await openPhone('/reels/');
    page.hooks().next();
    expect(item()?.id).toBe('Dn2bR8wMq4y');
    expect(page.document.querySelector('main [role="presentation"]')).toBeNull();
    expect(await run()).toEqual({ ok: true, videoId: 'Dn2bR8wMq4y', item: 'not-interested' });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual(['Dn2bR8wMq4y']);
    expect(logged(page, 'menu-item')).toEqual([
      { action: 'menu-item', item: 'Not interested', videoId: 'Dn2bR8wMq4y' },
    ]);
    expect(dialogOpen()).toBe(false);
    expect(await until(() => page.activeVideoId() === 'Eo3cS9xNr5z')).toBe(true);
    expect(page.url().pathname).toBe('/reels/Eo3cS9xNr5z/');
  });

  test('a sheet without the item is closed and nothing else is pressed', async () => {
    await openPhone('/reel/Eo3cS9xNr5z/?menu=missing');
    expect(item()?.id).toBe('Eo3cS9xNr5z');
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(dialogOpen()).toBe(false);
    expect(page.log().map((entry) => entry.action)).toEqual(['more']);
  });
});
