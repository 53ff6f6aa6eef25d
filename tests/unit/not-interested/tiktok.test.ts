import { afterEach, describe, expect, test } from 'vitest';
import { advanceUnlessMoved } from '../../../lib/not-interested/advance';
import { tiktokAdapter } from '../../../lib/sites/tiktok/adapter';
import { tiktokNotInterested as flows } from '../../../lib/sites/tiktok/not-interested';
import { type FixturePage, logged, openFixturePage, sleep, until } from './fixture-page';

// The TikTok fixture feed running in happy-dom: its own reused TUXPopover, late menus and advancing.
const FIRST = '7400000000000000001';
const SECOND = '7400000000000000002';
let page: FixturePage;
/** The active item as the adapter finds it on each tick. */
const item = () => tiktokAdapter.activeItem(page.url(), page.document);
const controller = new AbortController();

async function open(path: string): Promise<FixturePage> {
  page = await openFixturePage('tiktok', `https://www.tiktok.com${path}`);
  return page;
}
const run = (options = {}) => flows.notInterested(page.document, item(), { signal: controller.signal, ...options });
const popoverOpen = () => page.document.querySelector('.TUXPopover-popover--open') !== null;
const activeMore = () =>
  page.document.querySelector<HTMLElement>(`[data-scroll-index="0"] [data-e2e="more-menu-icon"]`) as HTMLElement;

afterEach(async () => {
  await page?.close();
});

describe('TikTok "Not interested"', () => {
  test('clicks the popover item for the active video', async () => {
    await open('/foryou');
    const result = await run();
    expect(result).toEqual({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'more').map((entry) => entry.videoId)).toEqual([FIRST]);
    expect(logged(page, 'menu-item')).toEqual([
      { action: 'menu-item', item: 'more-menu-popover_not-interested', videoId: FIRST },
    ]);
    expect(popoverOpen()).toBe(false);
  });

  test('reuses a popover already open for the active item (does not click "more" again)', async () => {
    await open('/foryou');
    activeMore().click();
    expect(activeMore().getAttribute('aria-expanded')).toBe('true');
    const result = await run();
    expect(result).toMatchObject({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'more')).toHaveLength(1);
    expect(logged(page, 'menu-item')).toEqual([
      { action: 'menu-item', item: 'more-menu-popover_not-interested', videoId: FIRST },
    ]);
  });

  test('without the item: item-not-found, the popover closed again, nothing else clicked', async () => {
    await open('/foryou?menu=missing');
    expect(await run()).toEqual({ ok: false, reason: 'item-not-found' });
    expect(popoverOpen()).toBe(false);
    expect(activeMore().getAttribute('aria-expanded')).toBe('false');
    expect(logged(page, 'menu-item')).toEqual([]);
    expect(page.log().map((entry) => entry.action)).toEqual(['more']);
  });

  test('finds the item by its label when the data-e2e hook is gone', async () => {
    await open('/foryou');
    // Test-only change of the live page: the hook removed and the label in Spanish, the fixture's listener kept.
    const item = page.document.querySelector('[data-e2e="more-menu-popover_not-interested"]') as HTMLElement;
    item.removeAttribute('data-e2e');
    (item.querySelector('span') as HTMLElement).textContent = '  No me   interesa ';
    expect(await run()).toMatchObject({ ok: true, item: 'not-interested' });
    expect(logged(page, 'menu-item')).toEqual([
      { action: 'menu-item', item: 'more-menu-popover_not-interested', videoId: FIRST },
    ]);
  });

  test('waits for a popover that opens late', async () => {
    await open('/foryou?menuDelay=800');
    expect(await run()).toMatchObject({ ok: true, videoId: FIRST, item: 'not-interested' });
    expect(logged(page, 'menu-item')).toHaveLength(1);
  });

  test('gives up after the step timeout, and closes the popover when it finally opens', async () => {
    await open('/foryou?menuDelay=2500');
    const started = Date.now();
    expect(await run()).toEqual({ ok: false, reason: 'timeout' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1400);
    expect(Date.now() - started).toBeLessThan(2400);
    // TikTok's fixture cannot cancel its late open: it opens at 2.5 s and the flow's late watch closes it.
    await sleep(2700 - (Date.now() - started));
    expect(popoverOpen()).toBe(false);
    expect(logged(page, 'menu-item')).toEqual([]);
  });

  test('an abort stops the flow and still closes a late popover', async () => {
    await open('/foryou?menuDelay=600');
    const abort = new AbortController();
    setTimeout(() => abort.abort(), 100);
    expect(await flows.notInterested(page.document, item(), { signal: abort.signal })).toEqual({
      ok: false,
      reason: 'aborted',
    });
    await sleep(900);
    expect(popoverOpen()).toBe(false);
    expect(logged(page, 'menu-item')).toEqual([]);
  });

  test('no active video off the feed; no "more" button in the single-video player', async () => {
    await open('/@alice');
    expect(await run()).toEqual({ ok: false, reason: 'no-active-video' });
    await page.close();
    await open('/@alice/video/7400000000000000101');
    expect(await run()).toEqual({ ok: false, reason: 'menu-not-found' });
    expect(page.log()).toEqual([]);
  });
});

describe('TikTok next video', () => {
  test('goToNext presses the feed’s own next control', async () => {
    await open('/foryou');
    expect(flows.goToNext(page.document, item())).toBe(true);
    expect(logged(page, 'advance')).toEqual([{ action: 'advance', to: SECOND }]);
  });

  test('goToNext uses the arrow of the single-video player', async () => {
    await open('/@alice/video/7400000000000000101');
    expect(flows.goToNext(page.document, item())).toBe(true);
    expect(page.url().pathname).toBe('/@alice/video/7400000000000000102');
  });

  test('after "Not interested" the fixture moves on by itself, so advanceUnlessMoved presses nothing', async () => {
    await open('/foryou');
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

  test('advanceUnlessMoved presses next when the site stays', async () => {
    await open('/foryou');
    const outcome = await advanceUnlessMoved(page.document, {
      videoId: FIRST,
      currentVideoId: () => item()?.id ?? null,
      goToNext: () => flows.goToNext(page.document, item()),
      waitMs: 100,
    });
    expect(outcome).toBe('advanced');
    expect(await until(() => page.activeVideoId() === SECOND)).toBe(true);
  });
});

// TikTok's mobile layout (served to phones) has no "Not interested": its share sheet has share targets and Report.
describe('TikTok "Not interested" on the mobile layout', () => {
  test('answers unsupported-layout for the slide on screen and presses nothing', async () => {
    page = await openFixturePage('tiktok', 'https://www.tiktok.com/foryou', { phone: true });
    page.hooks().next();
    expect(item()).toMatchObject({ id: '7400000000000000202', ad: false });
    expect(item()?.element.querySelector('video')).not.toBeNull();
    expect(await run()).toEqual({ ok: false, reason: 'unsupported-layout' });
    expect(page.log().map((entry) => entry.action)).toEqual(['advance']);
    expect(page.document.querySelector('[role="dialog"]')).toBeNull();
    expect(flows.goToNext(page.document, item())).toBe(false);
  });
});
