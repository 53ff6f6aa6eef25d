import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { runSite } from '../../../lib/content/run-site';
import type { Decision } from '../../../lib/limits/decide';
import type { ContentMessage } from '../../../lib/messaging/content-protocol';
import { tiktok } from '../../../lib/sites/tiktok';
import { HEARTBEAT_MS } from '../../../lib/tracking/rules';
import {
  countedMs,
  fakeBackground,
  loadFeed,
  noPrompt,
  personInput,
  recordingChunks,
  setUrl,
  setVisibility,
  T,
  useVisibility,
} from './harness';

let running: { stop(): void }[] = [];

function start(background = fakeBackground(), recorded = recordingChunks(), injected = false) {
  running.push(runSite(undefined, tiktok, { transport: background.transport, chunks: recorded.chunks, injected }));
  return { background, recorded };
}

const limit = (reason = 'daily-time'): Decision =>
  ({
    show: {
      kind: 'limit',
      reason,
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
    next: { afterWatchingMs: null, at: null, afterVideos: null, onNewVideo: false },
  }) as Decision;

beforeEach(() => {
  vi.useFakeTimers({ now: T });
  useVisibility();
});
afterEach(() => {
  for (const script of running) script.stop();
  running = [];
  vi.useRealTimers();
});

describe('watching and reporting', () => {
  test('the video already followed playing on looks nothing up; another video starting does', async () => {
    loadFeed('foryou-first', true);
    start();
    await vi.advanceTimersByTimeAsync(1_500);
    const lookups = vi.spyOn(tiktok, 'activeItem');
    const videos = [...document.querySelectorAll('video')];
    const followed = videos.find((video) => !video.paused);
    followed?.dispatchEvent(new Event('playing'));
    followed?.dispatchEvent(new Event('pause'));
    expect(lookups).not.toHaveBeenCalled();
    followed?.dispatchEvent(new Event('emptied'));
    expect(lookups).toHaveBeenCalledTimes(1);
    const other = document.createElement('video');
    document.body.append(other);
    other.dispatchEvent(new Event('playing'));
    expect(lookups).toHaveBeenCalledTimes(2);
    lookups.mockRestore();
  });

  test('a looping clip going back to its start looks at nothing; the video it follows stopping does', async () => {
    loadFeed('foryou-first', true);
    start();
    await vi.advanceTimersByTimeAsync(1_500);
    const video = [...document.querySelectorAll('video')].find((candidate) => !candidate.paused) as HTMLVideoElement;
    let seeking = false;
    Object.defineProperty(video, 'seeking', { configurable: true, get: () => seeking });
    // The harness's own stand-in for the focus: each look at the page asks it.
    const looks = vi.spyOn(document, 'hasFocus');
    looks.mockClear();
    seeking = true;
    video.dispatchEvent(new Event('waiting'));
    seeking = false;
    video.dispatchEvent(new Event('playing'));
    expect(looks).not.toHaveBeenCalled();
    video.pause();
    video.dispatchEvent(new Event('pause'));
    expect(looks).toHaveBeenCalledTimes(1);
  });

  test('reports a playing feed at most once a heartbeat (10 s), with the time watched and the video', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    await vi.advanceTimersByTimeAsync(2.4 * HEARTBEAT_MS);
    expect(background.heartbeats()).toHaveLength(2);
    expect(countedMs(background.heartbeats())).toBe(2 * HEARTBEAT_MS);
    expect(background.heartbeats().flatMap((m) => m.beats.flatMap((b) => b.videos))).toEqual([
      { id: '7400000000000000001', at: T + 1_000 },
    ]);
  });

  test('a hidden tab sends nothing beyond the flush when it hides, and runs no timer at all', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    await vi.advanceTimersByTimeAsync(3_000);
    expect(vi.getTimerCount()).toBe(1);
    setVisibility('hidden');
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(30_000);
    expect(background.heartbeats()).toHaveLength(1);
    expect(countedMs(background.heartbeats())).toBe(3_000);
  });

  test('keeps heartbeats the worker did not acknowledge and sends them again with the next', async () => {
    loadFeed('foryou-first', true);
    let fail = true;
    const background = fakeBackground(undefined, (message) =>
      fail && message.type === 'heartbeat' ? new Error('worker restarting') : undefined,
    );
    start(background);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    fail = false;
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    const [first, second] = background.heartbeats();
    expect(first?.beats.map((beat) => beat.seq)).toEqual([1]);
    expect(second?.beats.map((beat) => beat.seq)).toEqual([1, 2]);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(background.heartbeats()[2]?.beats.map((beat) => beat.seq)).toEqual([3]);
  });

  test('a looping clip counts without a break each time it goes back to its start; a stall does not count', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    await vi.advanceTimersByTimeAsync(1_500);
    const video = [...document.querySelectorAll('video')].find((candidate) => !candidate.paused) as HTMLVideoElement;
    let seeking = false;
    let readyState = 4;
    Object.defineProperty(video, 'seeking', { configurable: true, get: () => seeking });
    Object.defineProperty(video, 'readyState', { configurable: true, get: () => readyState });
    // As Chromium loops a clip: back to 0 with no data for a few ms ("seeking", "waiting"), then "seeked", "playing".
    for (let loop = 0; loop < 3; loop++) {
      seeking = true;
      readyState = 1;
      video.dispatchEvent(new Event('seeking'));
      video.dispatchEvent(new Event('waiting'));
      await vi.advanceTimersByTimeAsync(4);
      seeking = false;
      readyState = 4;
      video.dispatchEvent(new Event('seeked'));
      video.dispatchEvent(new Event('playing'));
      await vi.advanceTimersByTimeAsync(1_996);
    }
    await vi.advanceTimersByTimeAsync(2_500);
    expect(countedMs(background.heartbeats())).toBe(10_000);
    // Out of data while playing on (the network, not a loop): the 2 s until it plays again are not watching.
    readyState = 2;
    video.dispatchEvent(new Event('waiting'));
    await vi.advanceTimersByTimeAsync(2_000);
    readyState = 4;
    video.dispatchEvent(new Event('playing'));
    await vi.advanceTimersByTimeAsync(3_000);
    setVisibility('hidden');
    expect(countedMs(background.heartbeats())).toBe(13_000);
  });

  test('input synthesised by the page does not count as the person being there', async () => {
    loadFeed('foryou-first', false);
    const { background } = start();
    for (let i = 0; i < 10; i++) {
      window.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown' }));
      window.dispatchEvent(new PointerEvent('pointerdown'));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(countedMs(background.heartbeats())).toBe(0);
  });

  test('a feed without a findable video is reported as degraded site health after 10 s', async () => {
    loadFeed('profile', false, 'https://www.tiktok.com/foryou');
    const { background } = start();
    await vi.advanceTimersByTimeAsync(11_000);
    expect(background.sent.filter((message) => message.type === 'health')).toEqual([
      expect.objectContaining({ site: 'tiktok', capability: 'tracking', status: 'degraded' }),
    ]);
  });

  // A page that finds its video, on a site whose tracking is on record as working, costs no health message.
  test.each([
    ['already on record as working', 'ok', []],
    ['on record as degraded', 'degraded', ['ok']],
    ['not on record yet', null, ['ok']],
  ] as const)('the video found, with the health %s (%s): reports %j', async (_record, onRecord, reported) => {
    loadFeed('foryou-first', true);
    const background = fakeBackground(undefined, undefined, onRecord);
    start(background);
    await vi.advanceTimersByTimeAsync(3_000);
    const health = background.sent.filter((message) => message.type === 'health');
    expect(health.map((message) => message.status)).toEqual(reported);
  });

  test('a malformed reply is not used: nothing is acknowledged, and the beats are sent again', async () => {
    loadFeed('foryou-first', true);
    let broken = true;
    const background = fakeBackground(undefined, (message) =>
      broken && message.type === 'heartbeat' ? { ok: true, applied: 'all of them' } : undefined,
    );
    start(background);
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    broken = false;
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(background.heartbeats()[1]?.beats.map((beat) => beat.seq)).toEqual([1, 2]);
  });

  test('stops when told to: nothing more is sent and no listener or timer is left', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    await vi.advanceTimersByTimeAsync(1_000);
    for (const script of running) script.stop();
    expect(vi.getTimerCount()).toBe(0);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(background.heartbeats()).toHaveLength(0);
  });

  test('a second copy of the script in the same page stays idle', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    start(background);
    await vi.advanceTimersByTimeAsync(1.2 * HEARTBEAT_MS);
    expect(background.sent.filter((message) => message.type === 'hello')).toHaveLength(1);
    expect(background.heartbeats()).toHaveLength(1);
  });
});

describe('page sessions', () => {
  test('an SPA navigation starts a new page session: one tick per tab, whatever the number of pages', async () => {
    loadFeed('foryou-first', true);
    start();
    await vi.advanceTimersByTimeAsync(1_000);
    for (const path of ['/following', '/foryou', '/friends']) {
      setUrl(`https://www.tiktok.com${path}`);
      window.dispatchEvent(new PopStateEvent('popstate'));
      await vi.advanceTimersByTimeAsync(1_000);
    }
    expect(vi.getTimerCount()).toBe(1);
  });
});

describe('prompts', () => {
  test('nothing of the prompt UI is loaded while no prompt is near', async () => {
    loadFeed('foryou-first', true);
    const recorded = recordingChunks();
    start(fakeBackground(), recorded);
    await vi.advanceTimersByTimeAsync(20_000);
    expect(recorded.loaded).toEqual([]);
  });

  test('a limit is shown at once with the video paused and counting stopped; the UI loads for it', async () => {
    loadFeed('foryou-first', true);
    let reached = false;
    const { background, recorded } = start(fakeBackground(() => (reached ? limit() : noPrompt)));
    await vi.advanceTimersByTimeAsync(6_000);
    reached = true;
    await vi.advanceTimersByTimeAsync(5_000);
    expect(recorded.loaded).toEqual(['prompts']);
    expect(recorded.visible()).toEqual({ kind: 'limit', reason: 'daily-time' });
    expect(document.querySelector('video')?.paused).toBe(true);
    expect(background.sent).toContainEqual(
      expect.objectContaining({ type: 'prompt-outcome', kind: 'limit', outcome: 'shown' }),
    );
    const before = countedMs(background.heartbeats());
    await vi.advanceTimersByTimeAsync(20_000);
    expect(countedMs(background.heartbeats())).toBe(before);
  });

  test('the prompt UI is fetched ahead when the next limit is near', async () => {
    loadFeed('foryou-first', true);
    const near: Decision = {
      show: null,
      next: { afterWatchingMs: 60_000, at: null, afterVideos: null, onNewVideo: false },
    };
    const recorded = recordingChunks();
    start(
      fakeBackground(() => near),
      recorded,
    );
    await vi.advanceTimersByTimeAsync(100);
    expect(recorded.loaded).toEqual(['prompts']);
    expect(recorded.shown).toEqual([]);
  });

  test('a limit decided for the site is not shown on a page of the site that is not a feed', async () => {
    loadFeed('profile', false, 'https://www.tiktok.com/@alice');
    const { recorded } = start(fakeBackground(() => limit()));
    await vi.advanceTimersByTimeAsync(2_000);
    expect(recorded.shown).toEqual([]);
  });

  test('arriving on the feed asks at once, and leaving it takes the prompt away', async () => {
    loadFeed('profile', false, 'https://www.tiktok.com/@alice');
    const { background, recorded } = start(fakeBackground(() => limit()));
    await vi.advanceTimersByTimeAsync(1_000);
    loadFeed('foryou-first', true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(background.sent.filter((message) => message.type === 'check')).toHaveLength(1);
    expect(recorded.visible()).toEqual({ kind: 'limit', reason: 'daily-time' });
    setUrl('https://www.tiktok.com/@alice');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(recorded.visible()).toBeNull();
  });

  test('with the last video of a video budget on screen, moving on to another asks at once', async () => {
    loadFeed('foryou-first', true);
    const waitForNext: Decision = { show: null, next: { ...noPrompt.next, onNewVideo: true } };
    const { background } = start(fakeBackground(() => waitForNext));
    await vi.advanceTimersByTimeAsync(2_000);
    const checks = () =>
      background.sent.filter(
        (message): message is Extract<ContentMessage, { type: 'check' }> => message.type === 'check',
      );
    expect(checks()).toHaveLength(0);
    loadFeed('foryou-third', true);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(checks()).toEqual([expect.objectContaining({ activeVideo: 'uncounted' })]);
  });
});

describe('"Not interested"', () => {
  test('the flows load only when the person presses, and never for a key the page made up', async () => {
    loadFeed('foryou-first', true);
    const { background, recorded } = start();
    await vi.advanceTimersByTimeAsync(2_000);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'D', shiftKey: true, bubbles: true }));
    await vi.advanceTimersByTimeAsync(100);
    expect(recorded.loaded).toEqual([]);
    background.command();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(recorded.loaded).toEqual(['not-interested']);
  });

  test('the button sits over the active video, in a closed shadow root, once the person is there', async () => {
    loadFeed('foryou-first', true);
    start();
    await vi.advanceTimersByTimeAsync(1_100);
    // A page load no one touches draws no button; nor does input the page makes up.
    expect(document.querySelector('mindful-feed-controls')).toBeNull();
    window.dispatchEvent(new PointerEvent('pointermove'));
    await vi.advanceTimersByTimeAsync(1_100);
    expect(document.querySelector('mindful-feed-controls')).toBeNull();
    personInput('pointermove');
    const host = document.querySelector('mindful-feed-controls');
    expect(host).not.toBeNull();
    expect(host?.shadowRoot).toBeNull();
  });

  test('the button follows its video when something moves it, and measures the video only then', async () => {
    const roots: ShadowRoot[] = [];
    const attach = HTMLElement.prototype.attachShadow;
    vi.spyOn(HTMLElement.prototype, 'attachShadow').mockImplementation(function (this: HTMLElement, init) {
      const root = attach.call(this, init);
      roots.push(root);
      return root;
    });
    loadFeed('foryou-first', true);
    let box = { left: 100, top: 50, width: 300, height: 500 };
    let looks = 0;
    for (const video of document.querySelectorAll('video')) {
      video.getBoundingClientRect = () => {
        looks++;
        return { ...box } as DOMRect;
      };
    }
    start();
    await vi.advanceTimersByTimeAsync(1_100);
    personInput('pointermove');
    const at = () => {
      const button = roots.map((root) => root.querySelector('button')).find((found) => found !== null);
      return `${button?.style.getPropertyValue('--left')} ${button?.style.getPropertyValue('--top')}`;
    };
    expect(at()).toBe('112px 62px');
    // A feed left to play: the box is not measured again tick after tick.
    await vi.advanceTimersByTimeAsync(1_500);
    looks = 0;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(looks).toBe(0);
    // The window is resized: the button is over the video's new place by the next tick.
    box = { ...box, top: 200 };
    window.dispatchEvent(new Event('resize'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(at()).toBe('112px 212px');
    // A scroll the page made ends, or the person moves (a click that opens a panel): the same.
    box = { ...box, left: 20 };
    window.dispatchEvent(new Event('scrollend'));
    await vi.advanceTimersByTimeAsync(1_000);
    expect(at()).toBe('32px 212px');
    box = { ...box, top: 10 };
    await vi.advanceTimersByTimeAsync(2_000);
    personInput('pointermove');
    await vi.advanceTimersByTimeAsync(1_000);
    expect(at()).toBe('32px 22px');
    vi.mocked(HTMLElement.prototype.attachShadow).mockRestore();
  });

  test.each(['touchstart', 'keydown', 'focusin'])('a first %s of the person brings the button too', async (type) => {
    loadFeed('foryou-first', true);
    start();
    await vi.advanceTimersByTimeAsync(1_100);
    personInput(type);
    expect(document.querySelector('mindful-feed-controls')).not.toBeNull();
  });

  // A site without the action (RedNote): no button with a mouse and keyboard (Shift+D explains); on a touch screen
  // no key can ask, so the button is there and a tap says why.
  test.each([
    ['a mouse', false, false],
    ['a touch screen', true, true],
  ])('where the site has no "Not interested", with %s the button is shown: %s', async (_input, coarse, shown) => {
    vi.spyOn(window, 'matchMedia').mockImplementation(
      (query) => ({ matches: coarse && query === '(pointer: coarse)', media: query }) as MediaQueryList,
    );
    loadFeed('foryou-first', true);
    const background = fakeBackground();
    running.push(
      runSite(
        undefined,
        { ...tiktok, notInterestedSupported: false },
        {
          transport: background.transport,
          chunks: recordingChunks().chunks,
        },
      ),
    );
    await vi.advanceTimersByTimeAsync(1_100);
    personInput('touchstart');
    expect(document.querySelector('mindful-feed-controls') !== null).toBe(shown);
    vi.mocked(window.matchMedia).mockRestore();
  });
});

describe('after an extension update', () => {
  test('the old script hands what it measured to the new one, signed, and stops', async () => {
    loadFeed('foryou-first', true);
    const old = fakeBackground();
    start(old);
    await vi.advanceTimersByTimeAsync(7_000);
    const delivered = countedMs(old.heartbeats());
    old.goAway();
    await vi.advanceTimersByTimeAsync(2_500);

    // The new version's script is injected into the tab (a world of its own: a window flag does not carry over).
    for (const script of running.splice(0)) void script;
    const posted: unknown[] = [];
    window.addEventListener('message', (event) => posted.push(event.data));
    const next = fakeBackground();
    delete (window as unknown as Record<symbol, unknown>)[Symbol.for('mindful-feed:running')];
    start(next, recordingChunks(), true);
    await vi.advanceTimersByTimeAsync(100);
    await vi.waitFor(() => expect(next.sent.some((message) => message.type === 'handoff')).toBe(true));
    const handoff = next.sent.find((message) => message.type === 'handoff') as Extract<
      ContentMessage,
      { type: 'handoff' }
    >;
    const payload = JSON.parse(handoff.payload) as {
      type: string;
      beats: { segments: { start: number; end: number }[] }[];
    };
    expect(payload.type).toBe('heartbeat');
    const handedOver = payload.beats.flatMap((b) => b.segments).reduce((sum, s) => sum + s.end - s.start, 0);
    expect(delivered + handedOver).toBeGreaterThanOrEqual(9_000);
    expect(handoff.mac).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(posted).toContainEqual(expect.objectContaining({ type: 'mindful-feed:successor' }));
    // The old one measures no more; the new one goes on, without counting again the video the old one counted.
    const sentBefore = old.sent.length;
    await vi.advanceTimersByTimeAsync(10_000);
    expect(old.sent.length).toBe(sentBefore);
    expect(countedMs(next.heartbeats())).toBeGreaterThanOrEqual(9_000);
    expect(next.heartbeats().flatMap((m) => m.beats.flatMap((b) => b.videos))).toEqual([]);
  });

  test('a successor request made up by the page is ignored while the extension lives', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    await vi.advanceTimersByTimeAsync(1_000);
    window.postMessage({ type: 'mindful-feed:successor' }, window.location.origin);
    await vi.advanceTimersByTimeAsync(2 * HEARTBEAT_MS);
    expect(background.heartbeats()).toHaveLength(2);
  });
});

describe('videos', () => {
  const swipeTo = (snapshot: string) => {
    loadFeed(snapshot, true);
    document.querySelector('video')?.dispatchEvent(new Event('playing', { bubbles: true }));
  };
  const counted = (background: ReturnType<typeof fakeBackground>) =>
    background.heartbeats().flatMap((m) => m.beats.flatMap((b) => b.videos.map((video) => video.id)));

  test('a video on screen for less than a second does not count, though a tick fell while it was there', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    // Swiped to at 1.7 s and away at 2.3 s: the tick at 2 s sees it.
    await vi.advanceTimersByTimeAsync(1_700);
    swipeTo('foryou-third');
    await vi.advanceTimersByTimeAsync(600);
    swipeTo('foryou-first');
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(counted(background)).toEqual(['7400000000000000001']);
  });

  test('a video swiped away 1.2 s after it started counts', async () => {
    loadFeed('foryou-first', true);
    const { background } = start();
    await vi.advanceTimersByTimeAsync(1_300);
    swipeTo('foryou-third');
    await vi.advanceTimersByTimeAsync(1_200);
    swipeTo('foryou-first');
    await vi.advanceTimersByTimeAsync(HEARTBEAT_MS);
    expect(counted(background)).toHaveLength(2);
  });
});

describe('a fresh page load', () => {
  test('asks the page for no predecessor: only a script the background injected after an update does', async () => {
    loadFeed('foryou-first', true);
    const posted: unknown[] = [];
    window.addEventListener('message', (event) => posted.push(event.data));
    start();
    await vi.advanceTimersByTimeAsync(2_000);
    expect(posted).toEqual([]);
  });
});
