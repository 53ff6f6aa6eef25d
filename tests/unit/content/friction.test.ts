import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runSite } from '../../../lib/content/run-site';
import type { Decision } from '../../../lib/limits/decide';
import type { ContentMessage } from '../../../lib/messaging/content-protocol';
import { tiktok } from '../../../lib/sites/tiktok';
import {
  countedMs,
  fakeBackground,
  loadFeed,
  noPrompt,
  recordingChunks,
  setVisibility,
  T,
  useVisibility,
} from './harness';

let running: { stop(): void }[] = [];

const slowed = (greyscale = true, slowSwipeSeconds: number | null = 3): Decision => ({
  ...noPrompt,
  friction: { greyscale, slowSwipeSeconds, reason: 'over-budget', scope: 'site' },
});

function start(decision: Decision) {
  const background = fakeBackground(() => decision);
  const recorded = recordingChunks();
  running.push(runSite(undefined, tiktok, { transport: background.transport, chunks: recorded.chunks }));
  return { background, recorded };
}

const swipeTo = (snapshot: string) => {
  loadFeed(snapshot, true);
  document.querySelector('video')?.dispatchEvent(new Event('playing', { bubbles: true }));
};
const greyStyle = () => document.querySelector('style[data-mindful-feed="greyscale"]');
const frictionOutcomes = (sent: ContentMessage[]) =>
  sent.flatMap((m) => (m.type === 'prompt-outcome' ? [`${m.kind}:${m.outcome}${m.closeTab ? ':close' : ''}`] : []));

beforeEach(() => {
  vi.useFakeTimers({ now: T });
  useVisibility();
});
afterEach(() => {
  for (const script of running) script.stop();
  running = [];
  greyStyle()?.remove();
  vi.useRealTimers();
});

describe('friction in the page', () => {
  test('greyscale: the videos only, faded unless reduced motion is asked for; gone off friction', async () => {
    loadFeed('foryou-first', true);
    start(slowed(true, null));
    await vi.advanceTimersByTimeAsync(100);
    const css = greyStyle()?.textContent ?? '';
    expect(css).toMatch(/^video \{ filter: grayscale\(1\) !important; transition: filter 600ms/);
    expect(css).toContain('@media (prefers-reduced-motion: reduce) { video { transition: none !important; } }');
    running.pop()?.stop();
    expect(greyStyle()).toBeNull();
  });

  test('slow swipe: the next video waits 3 s paused, uncounted, with the countdown; then it plays on', async () => {
    loadFeed('foryou-first', true);
    const { background, recorded } = start(slowed());
    await vi.advanceTimersByTimeAsync(5_000);
    swipeTo('foryou-third');
    await vi.advanceTimersByTimeAsync(0);
    const video = document.querySelector('video');
    expect(video?.paused).toBe(true);
    expect(recorded.slowCountdown()?.seconds).toBe(3);
    // The page's own autoplay cannot start it meanwhile.
    void video?.play();
    video?.dispatchEvent(new Event('play', { bubbles: true }));
    expect(video?.paused).toBe(true);
    await vi.advanceTimersByTimeAsync(2_999);
    expect(video?.paused).toBe(true);
    await vi.advanceTimersByTimeAsync(1);
    expect(video?.paused).toBe(false);
    expect(recorded.slowCountdown()).toBeNull();
    await vi.advanceTimersByTimeAsync(4_000);
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(0);
    // 5 s before, the 3 s wait not counted, 4 s after.
    expect(countedMs(background.heartbeats())).toBe(5_000 + 4_000);
    expect(frictionOutcomes(background.sent)).toEqual([
      'greyscale:shown',
      'greyscale:continued',
      'slow-swipe:shown',
      'slow-swipe:continued',
    ]);
  });

  test('leaving during the wait (the tab hidden) is left, and closes nothing; "I\'m done" closes the tab', async () => {
    loadFeed('foryou-first', true);
    const { background, recorded } = start(slowed(false));
    await vi.advanceTimersByTimeAsync(2_000);
    swipeTo('foryou-third');
    await vi.advanceTimersByTimeAsync(1_000);
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(0);
    setVisibility('visible');
    swipeTo('foryou-first');
    await vi.advanceTimersByTimeAsync(500);
    recorded.slowCountdown()?.onDone();
    await vi.advanceTimersByTimeAsync(0);
    expect(frictionOutcomes(background.sent)).toEqual([
      'slow-swipe:shown',
      'slow-swipe:left',
      'slow-swipe:shown',
      'slow-swipe:left:close',
    ]);
  });

  test('the video that crosses a videos budget waits as the next ones do (friction came with it)', async () => {
    loadFeed('foryou-first', true);
    let moved = false;
    const background = fakeBackground(() =>
      moved
        ? {
            ...noPrompt,
            friction: {
              greyscale: true,
              slowSwipeSeconds: 3,
              reason: 'over-budget',
              scope: 'site',
              thisVideoWaits: true,
            },
          }
        : { ...noPrompt, next: { ...noPrompt.next, onNewVideo: true } },
    );
    const recorded = recordingChunks();
    running.push(runSite(undefined, tiktok, { transport: background.transport, chunks: recorded.chunks }));
    await vi.advanceTimersByTimeAsync(2_000);
    moved = true;
    swipeTo('foryou-third');
    await vi.advanceTimersByTimeAsync(0);
    const video = document.querySelector('video');
    expect(video?.paused).toBe(true);
    expect(recorded.slowCountdown()?.seconds).toBe(3);
    expect(greyStyle()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(video?.paused).toBe(false);
    // Later decisions about the same video (it is still being counted) do not make it wait again.
    await vi.advanceTimersByTimeAsync(20_000);
    expect(video?.paused).toBe(false);
    expect(frictionOutcomes(background.sent)).toEqual(['greyscale:shown', 'slow-swipe:shown', 'slow-swipe:continued']);
  });

  test('the first countdown of a day whose experiment style changed says so; the next one does not', async () => {
    loadFeed('foryou-first', true);
    const note = { style: 'slow-and-grey', day: 2, days: 14 };
    let first = true;
    const background = fakeBackground(() => {
      const decision = slowed(false);
      if (!first || !decision.friction) return decision;
      first = false;
      return { ...decision, friction: { ...decision.friction, styleNote: note } };
    });
    const recorded = recordingChunks();
    running.push(runSite(undefined, tiktok, { transport: background.transport, chunks: recorded.chunks }));
    await vi.advanceTimersByTimeAsync(2_000);
    swipeTo('foryou-third');
    await vi.advanceTimersByTimeAsync(0);
    expect(recorded.slowCountdown()?.styleNote).toEqual(note);
    await vi.advanceTimersByTimeAsync(3_000);
    swipeTo('foryou-first');
    await vi.advanceTimersByTimeAsync(0);
    expect(recorded.slowCountdown()?.seconds).toBe(3);
    expect(recorded.slowCountdown()?.styleNote).toBeUndefined();
  });

  test('the first video of a page is no "next video": it plays at once', async () => {
    loadFeed('foryou-first', true);
    const { recorded } = start(slowed(false));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(document.querySelector('video')?.paused).toBe(false);
    expect(recorded.slowCountdown()).toBeNull();
  });
});
