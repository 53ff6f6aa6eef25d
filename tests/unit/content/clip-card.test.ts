import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runSite } from '../../../lib/content/run-site';
import type { Decision } from '../../../lib/limits/decide';
import type { ContentMessage } from '../../../lib/messaging/content-protocol';
import { tiktok } from '../../../lib/sites/tiktok';
import { HEARTBEAT_MS } from '../../../lib/tracking/rules';
import { fakeBackground, loadFeed, noPrompt, recordingChunks, setUrl, T, useVisibility } from './harness';

const CLIP = 'https://www.tiktok.com/@alice/video/7400000000000000101';
const NEXT = 'https://www.tiktok.com/@alice/video/7400000000000000102';
let running: { stop(): void }[] = [];
let historyLength = 2;

function arrive(referrer: string, length = 2) {
  loadFeed('video-player', true, CLIP);
  historyLength = length;
  Object.defineProperty(document, 'referrer', { configurable: true, get: () => referrer });
  Object.defineProperty(window.history, 'length', { configurable: true, get: () => historyLength });
}

function start(decide?: (message: ContentMessage) => Decision) {
  const background = fakeBackground(decide);
  const recorded = recordingChunks();
  running.push(runSite(undefined, tiktok, { transport: background.transport, chunks: recorded.chunks }));
  return { background, recorded };
}

/** The feed's arrow key: the fixture's player pushes the next video's address and gives its one player a new source. */
function swipe() {
  setUrl(NEXT);
  historyLength += 1;
  document.querySelector('video')?.dispatchEvent(new Event('emptied'));
}

const clipOutcomes = (sent: ContentMessage[]) =>
  sent.flatMap((m) => (m.type === 'prompt-outcome' && m.kind === 'shared-clip' ? [[m.outcome, m.closeTab]] : []));

beforeEach(() => {
  vi.useFakeTimers({ now: T });
  useVisibility();
});
afterEach(() => {
  for (const script of running) script.stop();
  running = [];
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe('a clip someone sent', () => {
  test('while it plays, every question says so; on the next video the card shows, and "Go back" goes back', async () => {
    arrive('https://chat.example/room');
    const go = vi.spyOn(window.history, 'go').mockImplementation(() => undefined);
    const { background, recorded } = start();
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS + 1_000);
    const hello = background.sent.find((m) => m.type === 'hello');
    expect(hello && 'sharedClip' in hello && hello.sharedClip).toBe(true);
    expect(background.heartbeats()[0]?.sharedClip).toBe(true);
    expect(recorded.clipCard()).toBeNull();

    swipe();
    await vi.advanceTimersByTimeAsync(0);
    expect(recorded.clipCard()).not.toBeNull();
    expect(clipOutcomes(background.sent)).toEqual([['shown', undefined]]);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS + 1_000);
    expect(background.heartbeats().at(-1)?.sharedClip).toBeUndefined();

    recorded.clipCard()?.onBack();
    await vi.advanceTimersByTimeAsync(0);
    expect(recorded.clipCard()).toBeNull();
    expect(clipOutcomes(background.sent)).toEqual([
      ['shown', undefined],
      ['left', undefined],
    ]);
    // Back past the one swipe to the page the link was on.
    expect(go).toHaveBeenCalledWith(-2);
  });

  test('a clip that opened its own tab: "Go back" asks the background to close the tab', async () => {
    arrive('', 1);
    const go = vi.spyOn(window.history, 'go').mockImplementation(() => undefined);
    const { background, recorded } = start();
    await vi.advanceTimersByTimeAsync(2_000);
    swipe();
    await vi.advanceTimersByTimeAsync(0);
    recorded.clipCard()?.onBack();
    await vi.advanceTimersByTimeAsync(0);
    expect(clipOutcomes(background.sent).at(-1)).toEqual(['left', true]);
    expect(go).not.toHaveBeenCalled();
  });

  test('"Keep watching", or leaving the card alone for 20 s, is kept going; the card shows once', async () => {
    arrive('https://chat.example/room');
    const { background, recorded } = start();
    await vi.advanceTimersByTimeAsync(2_000);
    swipe();
    await vi.advanceTimersByTimeAsync(19_000);
    expect(recorded.clipCard()).not.toBeNull();
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recorded.clipCard()).toBeNull();
    swipe();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(recorded.clipCard()).toBeNull();
    expect(clipOutcomes(background.sent)).toEqual([
      ['shown', undefined],
      ['continued', undefined],
    ]);
  });

  test('a clip reached from inside the site is no shared clip: no flag, no card', async () => {
    arrive('https://www.tiktok.com/@alice');
    const { background, recorded } = start();
    await vi.advanceTimersByTimeAsync(6_000);
    expect(background.heartbeats()[0]?.sharedClip).toBeUndefined();
    swipe();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(recorded.clipCard()).toBeNull();
    expect(clipOutcomes(background.sent)).toEqual([]);
  });

  test('a limit that waited covers the feed on the next video, and the card gives way to it', async () => {
    arrive('https://chat.example/room');
    const limit: Decision = {
      show: {
        kind: 'limit',
        reason: 'daily-time',
        scope: 'site',
        figures: {
          siteName: 'TikTok',
          todaySeconds: 600,
          todayVideos: 3,
          budgetMinutes: 10,
          budgetVideos: null,
          sessionSeconds: 600,
        },
        breathSeconds: 10,
        snoozesLeft: 2,
        snoozeMinutes: 5,
        overridePhrase: 'I choose to keep watching',
      },
      next: { ...noPrompt.next },
    };
    const waiting: Decision = { show: null, next: { ...noPrompt.next, onNewVideo: true } };
    // The background's rule: past the limit, a shared clip plays on (lib/limits/decide.ts).
    const { recorded } = start((message) =>
      'sharedClip' in message && message.sharedClip ? waiting : message.type === 'prompt-outcome' ? noPrompt : limit,
    );
    await vi.advanceTimersByTimeAsync(6_000);
    expect(recorded.visible()).toBeNull();
    swipe();
    await vi.advanceTimersByTimeAsync(0);
    expect(recorded.visible()).toEqual({ kind: 'limit', reason: 'daily-time' });
    expect(recorded.clipCard()).toBeNull();
  });
});
