import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPageSessions } from '../../../lib/content/page-session';
import type { FeedItem } from '../../../lib/sites/site';
import { tiktok } from '../../../lib/sites/tiktok';
import { loadFeed, setUrl, useVisibility } from './harness';

beforeEach(() => {
  vi.useFakeTimers();
  useVisibility();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function sessions(win: Window = window) {
  const lifetime = new AbortController();
  const lookups = vi.spyOn(tiktok, 'activeItem');
  const ticks: (FeedItem | null)[] = [];
  const pages: string[] = [];
  const sessions = createPageSessions({
    site: tiktok,
    window: win,
    document,
    signal: lifetime.signal,
    onFailure: (error) => {
      throw error;
    },
  });
  sessions.start({ onPage: (page) => pages.push(page.url.pathname), onTick: (item) => ticks.push(item) });
  return { lookups, ticks, pages, stop: () => lifetime.abort() };
}

describe('the tick', () => {
  test('while the video plays, a tick gives the same item without looking it up again', async () => {
    loadFeed('foryou-first', true);
    const { lookups, ticks, stop } = sessions();
    const atStart = lookups.mock.calls.length;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(ticks).toHaveLength(5);
    expect(ticks[0]?.video).not.toBeNull();
    expect(new Set(ticks.map((item) => item?.element)).size).toBe(1);
    expect(lookups.mock.calls.length - atStart).toBe(0);
    stop();
  });

  test('once the video stops, or leaves the page, the next tick looks again and finds what is there now', async () => {
    loadFeed('foryou-first', true);
    const { lookups, ticks, stop } = sessions();
    await vi.advanceTimersByTimeAsync(1_000);
    const first = ticks[0];
    first?.video?.pause();
    const before = lookups.mock.calls.length;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(lookups.mock.calls.length - before).toBe(1);

    // The site replaces the feed: the item found before is gone.
    loadFeed('foryou-third', true);
    await vi.advanceTimersByTimeAsync(1_000);
    const now = ticks.at(-1);
    expect(now?.element.isConnected).toBe(true);
    expect(now?.element).not.toBe(first?.element);
    stop();
  });
});

describe('navigations', () => {
  test('without the Navigation API, the tick finds a new address and starts a new page', async () => {
    loadFeed('foryou-first', true);
    const { pages, stop } = sessions();
    setUrl('https://www.tiktok.com/following');
    expect(pages).toEqual(['/foryou']);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(pages).toEqual(['/foryou', '/following']);
    stop();
  });

  test('where the Navigation API tells of navigations, the new page starts at once, and ticks do not read the address', async () => {
    loadFeed('foryou-first', true);
    const navigation = new EventTarget();
    const win = new Proxy(window, {
      get: (target, key) => {
        if (key === 'navigation') return navigation;
        const value = Reflect.get(target, key, target);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const { pages, stop } = sessions(win);
    setUrl('https://www.tiktok.com/following');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(pages).toEqual(['/foryou', '/following']);
    // A change no event told of is left to the events: the ticks cost no read of the address.
    setUrl('https://www.tiktok.com/friends');
    const reads = vi.spyOn(document, 'location', 'get');
    await vi.advanceTimersByTimeAsync(3_000);
    expect(reads).not.toHaveBeenCalled();
    expect(pages).toEqual(['/foryou', '/following']);
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(pages).toEqual(['/foryou', '/following', '/friends']);
    stop();
  });
});
