import { render, screen } from '@testing-library/preact';
import { createElement } from 'preact';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { strings } from '../../../components/prompts/strings';
import { Toast } from '../../../components/prompts/Toast';
import { runSite } from '../../../lib/content/run-site';
import type { Decision, PromptKind } from '../../../lib/limits/decide';
import type { ContentMessage } from '../../../lib/messaging/content-protocol';
import { tiktok } from '../../../lib/sites/tiktok';
import { fakeBackground, loadFeed, noPrompt, recordingChunks, T, useVisibility } from './harness';

let running: { stop(): void }[] = [];

const prompt = (kind: PromptKind, reason: 'daily-videos' | 'session'): Decision => ({
  show: {
    kind,
    reason,
    scope: 'site',
    figures: {
      siteName: 'TikTok',
      todaySeconds: 600,
      todayVideos: 3,
      budgetMinutes: null,
      budgetVideos: 3,
      sessionSeconds: 600,
    },
    breathSeconds: 10,
    snoozesLeft: 1,
    snoozeMinutes: 5,
    overridePhrase: 'I choose to keep watching',
  },
  next: { afterWatchingMs: null, at: null, afterVideos: null, onNewVideo: false },
});

/** The prompt until the person answers it; after that, what `after` says. */
function startWith(shown: Decision, after: (answer: ContentMessage) => Decision = () => noPrompt) {
  let answer: ContentMessage | null = null;
  const background = fakeBackground((message) => {
    if (message.type === 'prompt-outcome' && message.outcome !== 'shown') answer = message;
    return answer ? after(answer) : shown;
  });
  const recorded = recordingChunks();
  running.push(runSite(undefined, tiktok, { transport: background.transport, chunks: recorded.chunks }));
  return recorded;
}

const video = () => document.querySelector('video') as HTMLVideoElement;

beforeEach(() => {
  vi.useFakeTimers({ now: T });
  useVisibility();
});
afterEach(() => {
  for (const script of running) script.stop();
  running = [];
  vi.useRealTimers();
});

describe('after a prompt', () => {
  test('"Snooze" plays on the video the limit paused, and a toast says until when', async () => {
    loadFeed('foryou-first', true);
    const recorded = startWith(prompt('limit', 'daily-videos'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recorded.visible()).toEqual({ kind: 'limit', reason: 'daily-videos' });
    expect(video().paused).toBe(true);

    const pressedAt = Date.now();
    recorded.props()?.onSnooze();
    await vi.advanceTimersByTimeAsync(100);
    expect(recorded.visible()).toBeNull();
    expect(video().paused).toBe(false);
    expect(recorded.snoozeToasts).toEqual([pressedAt + 5 * 60_000]);
  });

  test('"Continue" after the breath plays the video on too; "I\'m done" does not', async () => {
    loadFeed('foryou-first', true);
    const recorded = startWith(prompt('breathing', 'session'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(video().paused).toBe(true);
    recorded.props()?.onContinue();
    await vi.advanceTimersByTimeAsync(100);
    expect(video().paused).toBe(false);
    expect(recorded.snoozeToasts).toEqual([]);

    for (const script of running) script.stop();
    loadFeed('foryou-first', true);
    const again = startWith(prompt('breathing', 'session'));
    await vi.advanceTimersByTimeAsync(1_000);
    again.props()?.onDone();
    await vi.advanceTimersByTimeAsync(100);
    expect(video().paused).toBe(true);
  });

  test('a snooze refused (none left after all) brings the limit back, with no toast', async () => {
    loadFeed('foryou-first', true);
    const limit = prompt('limit', 'daily-videos');
    const recorded = startWith(limit, () => limit);
    await vi.advanceTimersByTimeAsync(1_000);
    recorded.props()?.onSnooze();
    await vi.advanceTimersByTimeAsync(100);
    expect(recorded.visible()).toEqual({ kind: 'limit', reason: 'daily-videos' });
    expect(recorded.snoozeToasts).toEqual([]);
    expect(video().paused).toBe(true);
  });
});

test('the toast says the time in the person’s own clock: "Snoozed until 7:39 AM"', () => {
  const until = new Date(2026, 5, 2, 7, 39).getTime();
  render(createElement(Toast, { message: strings.snoozedUntil(until), durationMs: 5_000, onDismiss: () => {} }));
  expect(strings.snoozedUntil(until)).toBe('Snoozed until 7:39 AM');
  expect(screen.getByRole('button', { name: 'Close' })).toBeTruthy();
});
