import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { startTracker } from '../../lib/content/tracker';
import type { Decision } from '../../lib/limits/decide';
import type { ContentMessage, ContentReply, Heartbeat } from '../../lib/messaging/content-protocol';
import { tiktok } from '../../lib/sites/tiktok';
import { readSnapshots } from '../fixtures/snapshots';

const T = Date.UTC(2026, 5, 2, 10);
let visibility: DocumentVisibilityState = 'visible';
let controller: AbortController;

function loadFeed(snapshot: string, playing: boolean) {
  const html = readSnapshots('tiktok').find((candidate) => candidate.name === snapshot)?.html ?? '';
  const parsed = new DOMParser().parseFromString(html, 'text/html');
  document.body.replaceChildren(...Array.from(document.importNode(parsed.body, true).childNodes));
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.tiktok.com/foryou');
  for (const video of document.querySelectorAll('video')) {
    Object.defineProperty(video, 'paused', { configurable: true, get: () => !playing });
    Object.defineProperty(video, 'readyState', { configurable: true, get: () => 4 });
  }
}

function start(
  reply: (message: ContentMessage) => Promise<ContentReply> = acknowledge,
  channelChanged?: () => boolean,
) {
  const sent: ContentMessage[] = [];
  const tracker = startTracker({
    site: tiktok,
    window,
    document,
    now: () => Date.now(),
    send: (message) => {
      sent.push(structuredClone(message));
      return reply(message);
    },
    signal: controller.signal,
    pageId: 'page-test-1',
    onFailure: () => undefined,
    ...(channelChanged ? { channelChanged } : {}),
  });
  return { tracker, sent, heartbeats: () => sent.filter((m): m is Heartbeat => m.type === 'heartbeat') };
}

const noPrompt = { show: null, next: { afterWatchingMs: null, at: null, afterVideos: null, onNewVideo: false } };

async function acknowledge(message: ContentMessage): Promise<ContentReply> {
  const tracking = { enabled: true, idleThresholdS: 60 };
  if (message.type === 'heartbeat') {
    return { ok: true, applied: message.beats.map((beat) => beat.seq), idle: 'active', tracking, prompt: noPrompt };
  }
  if (message.type === 'hello') return { ok: true, tracking, prompt: noPrompt };
  return message.type === 'check' ? { ok: true, prompt: noPrompt } : { ok: true };
}

function setVisibility(state: DocumentVisibilityState) {
  visibility = state;
  document.dispatchEvent(new Event('visibilitychange'));
}

const countedMs = (beats: Heartbeat[]) =>
  beats
    .flatMap((m) => m.beats)
    .flatMap((b) => b.segments)
    .reduce((sum, s) => sum + s.end - s.start, 0);

describe('the content tracker', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T });
    controller = new AbortController();
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    vi.spyOn(document, 'hasFocus').mockImplementation(() => visibility === 'visible');
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  test('when the channel to the background changes (an extension update), what was measured is sent at once', async () => {
    loadFeed('foryou-first', true);
    let changed = false;
    const { heartbeats } = start(acknowledge, () => {
      const now = changed;
      changed = false;
      return now;
    });
    await vi.advanceTimersByTimeAsync(2_000);
    expect(heartbeats()).toHaveLength(0);
    changed = true;
    await vi.advanceTimersByTimeAsync(1_000);
    expect(heartbeats()).toHaveLength(1);
    expect(countedMs(heartbeats())).toBeGreaterThanOrEqual(2_000);
  });

  test('reports a playing feed at most once per 5 s, with the time watched and the video', async () => {
    loadFeed('foryou-first', true);
    const { heartbeats } = start();
    await vi.advanceTimersByTimeAsync(12_000);
    expect(heartbeats()).toHaveLength(2);
    expect(countedMs(heartbeats())).toBe(10_000);
    expect(
      heartbeats()
        .flatMap((m) => m.beats)
        .flatMap((b) => b.videos),
    ).toEqual([{ id: '7400000000000000001', at: T + 1_000 }]);
  });

  test('sends nothing from a hidden tab beyond the flush when it hides', async () => {
    loadFeed('foryou-first', true);
    const { heartbeats } = start();
    await vi.advanceTimersByTimeAsync(3_000);
    setVisibility('hidden');
    await vi.advanceTimersByTimeAsync(30_000);
    expect(heartbeats()).toHaveLength(1);
    expect(countedMs(heartbeats())).toBe(3_000);
  });

  test('keeps heartbeats the worker did not acknowledge and sends them again with the next', async () => {
    loadFeed('foryou-first', true);
    let fail = true;
    const { heartbeats } = start((message) =>
      fail && message.type === 'heartbeat' ? Promise.reject(new Error('worker restarting')) : acknowledge(message),
    );
    await vi.advanceTimersByTimeAsync(5_000);
    fail = false;
    await vi.advanceTimersByTimeAsync(5_000);
    const [first, second] = heartbeats();
    expect(first?.beats.map((beat) => beat.seq)).toEqual([1]);
    expect(second?.beats.map((beat) => beat.seq)).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(heartbeats()[2]?.beats.map((beat) => beat.seq)).toEqual([3]);
  });

  test('input synthesised by the page does not count as the person being there', async () => {
    loadFeed('foryou-first', false);
    const { heartbeats } = start();
    for (let i = 0; i < 10; i++) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
      window.dispatchEvent(new PointerEvent('pointerdown'));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(countedMs(heartbeats())).toBe(0);
  });

  test('a feed without a findable video is reported as degraded site health after 10 s', async () => {
    loadFeed('profile', false);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.tiktok.com/foryou');
    const { sent } = start();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(sent.filter((message) => message.type === 'health')).toEqual([
      expect.objectContaining({ site: 'tiktok', capability: 'tracking', status: 'degraded' }),
    ]);
  });

  test('stops when the content script is invalidated', async () => {
    loadFeed('foryou-first', true);
    const { heartbeats } = start();
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(20_000);
    expect(heartbeats()).toHaveLength(0);
  });
});

describe('prompts only on the feed', () => {
  beforeEach(() => {
    vi.useFakeTimers({ now: T });
    controller = new AbortController();
    visibility = 'visible';
    Object.defineProperty(document, 'visibilityState', { configurable: true, get: () => visibility });
    vi.spyOn(document, 'hasFocus').mockImplementation(() => visibility === 'visible');
  });
  afterEach(() => {
    controller.abort();
    vi.useRealTimers();
  });

  const limit = {
    show: { kind: 'limit', reason: 'daily-time' },
    next: { afterWatchingMs: null, at: null, afterVideos: null, onNewVideo: false },
  } as unknown as Decision;

  function startWith(onDecision: (decision: Decision) => void, onLeftFeed: () => void) {
    return startTracker({
      site: tiktok,
      window,
      document,
      now: () => Date.now(),
      send: async (message) =>
        message.type === 'hello' || message.type === 'check'
          ? { ok: true, tracking: { enabled: true, idleThresholdS: 60 }, prompt: limit }
          : acknowledge(message),
      signal: controller.signal,
      pageId: 'page-test-2',
      onFailure: () => undefined,
      onDecision,
      onLeftFeed,
    });
  }

  test('a limit decided for the site is not shown on a page of the site that is not a feed', async () => {
    loadFeed('profile', false);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.tiktok.com/@alice');
    const decisions: Decision[] = [];
    startWith(
      (decision) => decisions.push(decision),
      () => undefined,
    );
    await vi.advanceTimersByTimeAsync(1_000);
    expect(decisions.length).toBeGreaterThan(0);
    expect(decisions.every((decision) => decision.show === null)).toBe(true);
  });

  test('arriving on the feed asks at once, and leaving it takes the prompt away', async () => {
    loadFeed('foryou-first', true);
    const decisions: Decision[] = [];
    let left = 0;
    startWith(
      (decision) => decisions.push(decision),
      () => (left += 1),
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(decisions.some((decision) => decision.show?.kind === 'limit')).toBe(true);
    (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL('https://www.tiktok.com/@alice');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(left).toBe(1);
  });
});
