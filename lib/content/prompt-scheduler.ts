import type { Decision } from '../limits/decide';
import type { Site } from '../sites/site';
import { TICK_MS } from '../tracking/rules';
import type { Channel } from './channel';
import type { Friction } from './friction';
import { pageUrl } from './page-url';
import type { PromptPresenter } from './prompt-presenter';
import type { Reporter } from './reporter';

export interface PromptSchedulerDeps {
  site: Site;
  window: Window;
  document: Document;
  now: () => number;
  channel: Pick<Channel, 'send'>;
  reporter: Pick<Reporter, 'on' | 'flush' | 'watchedMs' | 'counting' | 'videosCounted' | 'activeVideo'>;
  presenter: Pick<PromptPresenter, 'apply' | 'leftFeed' | 'prefetch'>;
  /** Friction that slows instead of covering (lib/content/friction.ts). */
  friction?: Pick<Friction, 'apply' | 'leftFeed'>;
  signal: AbortSignal;
  onFailure: (error: unknown) => void;
  /** Whether the video on screen is a clip the user opened directly (said with every question). */
  onSharedClip?: () => boolean;
}

/** The prompt UI is loaded ahead once the next prompt is this close (in watching time or on the clock)… */
const PREFETCH_WITHIN_MS = 2 * 60_000;
/** …or this many videos away. */
const PREFETCH_WITHIN_VIDEOS = 1;

/**
 * Prompt scheduling: keeps the triggers the background's last decision named (after this much more watching, at
 * this time, after this many videos, or as soon as the person moves on to another video), asks for a fresh
 * decision when one is reached, and hands every decision to the presenter. No prompt off the feed.
 */
export function createPromptScheduler(deps: PromptSchedulerDeps) {
  const { site, window: win, document: doc, reporter, signal } = deps;
  let trigger = { watchedMs: null as number | null, at: null as number | null, videos: null as number | null };
  let onNewVideo = false;
  let timer: number | undefined;
  signal.addEventListener('abort', () => win.clearTimeout(timer), { once: true });

  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (!signal.aborted) handler(...args);
      } catch (error) {
        deps.onFailure(error);
      }
    };

  function decided(decision: Decision) {
    const now = deps.now();
    const { afterWatchingMs, at, afterVideos } = decision.next;
    trigger = {
      watchedMs: afterWatchingMs === null ? null : reporter.watchedMs() + afterWatchingMs,
      at,
      videos: afterVideos === null ? null : reporter.videosCounted + afterVideos,
    };
    onNewVideo = decision.next.onNewVideo;
    win.clearTimeout(timer);
    if (at !== null) timer = win.setTimeout(guard(check), Math.max(0, at - now));
    // Prompts belong on the feed only (e.g. not on YouTube's home page, whose tab shares the site).
    const onFeedNow = site.isFeedUrl(pageUrl(doc));
    deps.presenter.apply(onFeedNow ? decision : { ...decision, show: null });
    deps.friction?.apply(onFeedNow ? (decision.friction ?? null) : null);
    const near =
      onNewVideo ||
      (afterWatchingMs !== null && afterWatchingMs <= PREFETCH_WITHIN_MS) ||
      (at !== null && at - now <= PREFETCH_WITHIN_MS) ||
      (afterVideos !== null && afterVideos <= PREFETCH_WITHIN_VIDEOS);
    if (onFeedNow && near) deps.presenter.prefetch();
    // A trigger due before the next tick is scheduled right away.
    checkTriggers();
  }

  function check() {
    deps.channel
      .send({
        type: 'check',
        site: site.id,
        activeVideo: reporter.activeVideo,
        ...(deps.onSharedClip?.() ? { sharedClip: true } : {}),
      })
      .then((reply) => guard(decided)(reply.prompt))
      .catch(deps.onFailure);
  }

  /** Asks for a fresh decision with the latest time applied once a trigger is reached (checked every tick). */
  function checkTriggers() {
    if (trigger.videos !== null && reporter.videosCounted >= trigger.videos) {
      trigger.videos = null;
      reporter.flush();
    } else if (trigger.watchedMs !== null && reporter.counting) {
      const left = trigger.watchedMs - reporter.watchedMs();
      if (left <= 0) {
        trigger.watchedMs = null;
        reporter.flush();
      } else if (left < TICK_MS) {
        // Due before the next tick: ask right on time.
        win.clearTimeout(timer);
        timer = win.setTimeout(guard(checkTriggers), left);
      }
    }
  }

  reporter.on('decision', guard(decided), signal);
  // Arriving on the feed (often without a page load): ask at once, so quiet hours or a reached limit cover it now;
  // leaving it takes any prompt away.
  reporter.on(
    'feed-changed',
    guard((onFeed: boolean) => {
      if (onFeed) return check();
      deps.presenter.leftFeed();
      deps.friction?.leftFeed();
    }),
    signal,
  );
  reporter.on(
    'video-changed',
    guard(() => {
      if (!onNewVideo) return;
      onNewVideo = false;
      check();
    }),
    signal,
  );
  doc.addEventListener(
    'visibilitychange',
    guard(() => {
      if (doc.visibilityState === 'visible') check();
    }),
    { signal },
  );

  return {
    /** Called on every tick of the page session. */
    tick: guard(checkTriggers),
    check: guard(check),
  };
}
