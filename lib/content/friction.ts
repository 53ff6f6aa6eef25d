import type { FrictionSpec } from '../limits/decide';
import type { PromptOutcomeMessage } from '../messaging/content-protocol';
import type { SiteId } from '../sites/types';
import type { Channel } from './channel';
import type { PromptUi, SlowCountdownSurface } from './prompt-presenter';

export interface FrictionDeps {
  site: SiteId;
  window: Window;
  document: Document;
  channel: Pick<Channel, 'send'>;
  /** The prompt UI chunk, which holds the countdown (loaded ahead once friction is on). */
  load: () => Promise<PromptUi>;
  /** While the next video waits, nothing counts. */
  setSuspended: (suspended: boolean) => void;
  signal: AbortSignal;
  onFailure: (error: unknown) => void;
}

/**
 * Colour drained: the feed's videos only, never the page's layout (a filter changes no box); the fade is skipped
 * for reduced motion. In the page's own style sheets, so it reaches videos in the page's shadow roots' light DOM.
 */
const GREYSCALE_CSS = `video { filter: grayscale(1) !important; transition: filter 600ms ease-in-out !important; }
@media (prefers-reduced-motion: reduce) { video { transition: none !important; } }`;

type Kind = 'greyscale' | 'slow-swipe';

/**
 * Friction that slows instead of covering: the feed's videos in greyscale, and each next video waiting a few
 * seconds, paused and not counted, with a quiet countdown and "I'm done". What followed is recorded per kind: for
 * the grey feed whether the user moved on to another video or left, for each wait whether they watched on or left.
 */
export function createFriction(deps: FrictionDeps) {
  const { window: win, document: doc } = deps;
  let friction: FrictionSpec | null = null;
  let style: HTMLStyleElement | null = null;
  let countdown: SlowCountdownSurface | null = null;
  let waiting: { timer: number; videos: HTMLVideoElement[] } | null = null;
  /** The grey feed came on in this page and nothing followed yet. */
  let greyOpen = false;
  /** The active video as last told: the first one of a page is no "next video". */
  let videoId: string | null = null;
  /** The video last moved to from another (a "next video"), and the last one that waited: each waits once. */
  let movedTo: string | null = null;
  let waitedFor: string | null = null;
  /** The day's style change, told by the next countdown (once). */
  let styleNote: FrictionSpec['styleNote'];

  const report = (kind: Kind, outcome: PromptOutcomeMessage['outcome'], closeTab = false) =>
    deps.channel
      .send({
        type: 'prompt-outcome',
        site: deps.site,
        kind,
        outcome,
        scope: friction?.scope ?? 'site',
        ...(closeTab ? { closeTab } : {}),
      })
      .catch(deps.onFailure);

  function grey(on: boolean) {
    if (on && !style) {
      style = doc.createElement('style');
      style.dataset.mindfulFeed = 'greyscale';
      style.textContent = GREYSCALE_CSS;
    }
    if (on && style && !style.isConnected) (doc.head ?? doc.documentElement).append(style);
    if (!on) style?.remove();
  }

  function endWait(play: boolean) {
    if (!waiting) return;
    const { timer, videos } = waiting;
    waiting = null;
    win.clearTimeout(timer);
    countdown?.hide();
    if (play) for (const video of videos) if (video.isConnected) video.play()?.catch(() => undefined);
    // Counting resumes with the video playing again.
    deps.setSuspended(false);
  }

  /** The user left (the tab hidden, the page gone, off the feed, or "I'm done"): whatever was open ends so. */
  function left() {
    if (waiting) {
      endWait(false);
      void report('slow-swipe', 'left');
    }
    if (greyOpen) {
      greyOpen = false;
      void report('greyscale', 'left');
    }
  }

  function startWait(seconds: number) {
    waitedFor = videoId;
    const videos = [...doc.querySelectorAll('video')].filter((video) => !video.paused);
    for (const video of videos) video.pause();
    deps.setSuspended(true);
    const timer = win.setTimeout(() => {
      endWait(true);
      void report('slow-swipe', 'continued');
    }, seconds * 1000);
    waiting = { timer, videos };
    void report('slow-swipe', 'shown');
    deps
      .load()
      .then((ui) => {
        if (!waiting || deps.signal.aborted) return;
        countdown ??= ui.createSlowCountdown(doc);
        const note = styleNote;
        styleNote = undefined;
        countdown.show({
          seconds,
          ...(note ? { styleNote: note } : {}),
          onDone: () => {
            endWait(false);
            // "I'm done", as on every prompt: the tab closes (or shows "Done for now").
            void report('slow-swipe', 'left', true);
          },
        });
      })
      .catch(deps.onFailure);
  }

  // While a video waits, the page's own autoplay does not start it.
  doc.addEventListener(
    'play',
    (event) => {
      if (!waiting || !(event.target instanceof HTMLVideoElement)) return;
      event.target.pause();
      if (!waiting.videos.includes(event.target)) waiting.videos.push(event.target);
    },
    { capture: true, signal: deps.signal },
  );
  doc.addEventListener(
    'visibilitychange',
    () => {
      if (doc.visibilityState === 'hidden') left();
    },
    { signal: deps.signal },
  );
  win.addEventListener('pagehide', left, { signal: deps.signal });
  deps.signal.addEventListener(
    'abort',
    () => {
      endWait(false);
      grey(false);
    },
    { once: true },
  );

  return {
    /** The friction the last decision named (null: none, or off the feed). */
    apply(next: FrictionSpec | null) {
      const wasGrey = friction?.greyscale === true;
      friction = next;
      if (next?.styleNote) styleNote = next.styleNote;
      grey(next?.greyscale === true);
      if (next?.greyscale && !wasGrey) {
        greyOpen = true;
        void report('greyscale', 'shown');
      }
      if (next) deps.load().catch(() => undefined);
      if (!next?.slowSwipeSeconds) endWait(true);
      // Friction that came on with the video just moved to (a videos budget crossed): that video waits too.
      else if (next.thisVideoWaits && !waiting && movedTo !== null && movedTo === videoId && waitedFor !== videoId) {
        startWait(next.slowSwipeSeconds);
      }
    },
    /** Another video became active: it waits while the feed is slowed down; the grey feed was kept going. */
    videoChanged(id: string | null) {
      const next = id !== null && videoId !== null && id !== videoId;
      if (id !== null) videoId = id;
      if (next) movedTo = id;
      if (!friction || !next) return;
      if (greyOpen) {
        greyOpen = false;
        void report('greyscale', 'continued');
      }
      if (friction.slowSwipeSeconds !== null) {
        // Swiping on during a wait is going on; the new video waits in its turn.
        if (waiting) {
          endWait(false);
          void report('slow-swipe', 'continued');
        }
        startWait(friction.slowSwipeSeconds);
      }
    },
    /** Off the feed: friction ends there, and what was open counts as leaving. */
    leftFeed() {
      left();
      friction = null;
      grey(false);
    },
    get waiting() {
      return waiting !== null;
    },
  };
}

export type Friction = ReturnType<typeof createFriction>;
