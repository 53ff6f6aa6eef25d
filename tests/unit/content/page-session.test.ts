import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { createPageSessions } from '../../../lib/content/page-session';
import type { FeedItem } from '../../../lib/sites/site';
import { tiktok } from '../../../lib/sites/tiktok';
import { loadFeed, useVisibility } from './harness';

beforeEach(() => {
  vi.useFakeTimers();
  useVisibility();
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

function sessions() {
  const lifetime = new AbortController();
  const lookups = vi.spyOn(tiktok, 'activeItem');
  const ticks: (FeedItem | null)[] = [];
  const pages = createPageSessions({
    site: tiktok,
    window,
    document,
    signal: lifetime.signal,
    onFailure: (error) => {
      throw error;
    },
  });
  pages.start({ onPage: () => undefined, onTick: (item) => ticks.push(item) });
  return { lookups, ticks, stop: () => lifetime.abort() };
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
