import type { Decision } from '../limits/decide';
import type { ContentMessage, ContentReply, HealthReport, TrackingConfig } from '../messaging/content-protocol';
import { isPlaying } from '../sites/dom';
import type { Site } from '../sites/site';
import { Outbox } from '../tracking/outbox';
import { DEFAULT_IDLE_THRESHOLD_S, HEARTBEAT_MS, TICK_MS, VIDEO_DWELL_MS } from '../tracking/rules';
import { VideoCounter } from '../tracking/video-counter';
import { WatchMeter } from '../tracking/watch-meter';

export interface TrackerDeps {
  site: Site;
  /** The content script's window and document (the isolated world's view of the page). */
  window: Window;
  document: Document;
  now: () => number;
  send: (message: ContentMessage) => Promise<ContentReply>;
  /** Aborted when the content script is invalidated (extension reloaded or updated). */
  signal: AbortSignal;
  /** A new random id for this page load. */
  pageId: string;
  onFailure: (error: unknown) => void;
  /** What the background decided about prompts, with every reply (no prompt off the feed). */
  onDecision?: (decision: Decision) => void;
  /** The page navigated away from the feed (on a site that navigates without page loads). */
  onLeftFeed?: () => void;
  /**
   * Whether the channel to the background has changed since the last tick (the extension was updated and messages
   * now go through the bridge): what was measured is sent at once over the new one.
   */
  channelChanged?: () => boolean;
}

/** How long a visible feed may show no video before the adapter reports itself degraded. */
const NO_VIDEO_GRACE_MS = 10_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'pointermove'] as const;
const MEDIA_EVENTS = ['play', 'playing', 'pause', 'ended', 'waiting', 'emptied', 'loadeddata'] as const;

/**
 * Measures watching in one tab and reports it to the background: a closed segment per heartbeat (at most one
 * message per heartbeat interval, none while hidden), flushed when the tab hides or the page goes away, and kept
 * until acknowledged.
 */
export function startTracker(deps: TrackerDeps) {
  const { site, window: win, document: doc, signal } = deps;
  const meter = new WatchMeter(DEFAULT_IDLE_THRESHOLD_S * 1000, HEARTBEAT_MS);
  const videos = new VideoCounter(VIDEO_DWELL_MS);
  const outbox = new Outbox();
  let lastBeat = deps.now();
  let sending = false;
  let sendAgain = false;
  let lastPointerMove = 0;
  let feedWithoutVideoSince: number | null = null;
  let reportedHealth: HealthReport['status'] | null = null;
  let enabled = true;
  let suspended = false;
  let lastFeedUrl: boolean | null = null;
  /** When to ask the background again: after this much more watching, at this time, or after this many videos. */
  let trigger: { watchedMs: number | null; at: number | null; videos: number | null } = {
    watchedMs: null,
    at: null,
    videos: null,
  };
  let triggerTimer: number | undefined;

  function decided(decision: Decision) {
    const now = deps.now();
    const { afterWatchingMs, at, afterVideos } = decision.next;
    trigger = {
      watchedMs: afterWatchingMs === null ? null : meter.totalMs(now) + afterWatchingMs,
      at,
      videos: afterVideos === null ? null : videos.total + afterVideos,
    };
    win.clearTimeout(triggerTimer);
    if (at !== null) triggerTimer = win.setTimeout(guard(check), Math.max(0, at - now));
    // Prompts belong on the feed only (e.g. not on YouTube's home page, whose tab shares the site).
    const onFeedNow = site.isFeedUrl(new URL(doc.location.href));
    deps.onDecision?.(onFeedNow ? decision : { ...decision, show: null });
    // A trigger due before the next tick is scheduled right away.
    checkTriggers(now);
  }

  function check() {
    if (signal.aborted) return;
    deps
      .send({ type: 'check', site: site.id })
      .then((reply) => {
        if (reply.ok && 'prompt' in reply) decided(reply.prompt);
      })
      .catch(deps.onFailure);
  }

  /** Asks for a fresh decision with the latest time applied once a trigger is reached (checked every tick). */
  function checkTriggers(now: number) {
    const watched = meter.totalMs(now);
    if (trigger.videos !== null && videos.total >= trigger.videos) {
      trigger.videos = null;
      flush();
    } else if (trigger.watchedMs !== null && meter.counting) {
      const left = trigger.watchedMs - watched;
      if (left <= 0) {
        trigger.watchedMs = null;
        flush();
      } else if (left < TICK_MS) {
        // Due before the next tick: ask right on time.
        win.clearTimeout(triggerTimer);
        triggerTimer = win.setTimeout(
          guard(() => checkTriggers(deps.now())),
          left,
        );
      }
    }
  }
  function configure(tracking: TrackingConfig) {
    enabled = tracking.enabled;
    meter.setIdleThreshold(tracking.idleThresholdS * 1000);
  }

  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      try {
        handler(...args);
      } catch (error) {
        deps.onFailure(error);
      }
    };

  function reportHealth(status: HealthReport['status'], detail: string) {
    if (reportedHealth === status) return;
    reportedHealth = status;
    deps.send({ type: 'health', site: site.id, capability: 'tracking', status, detail }).catch(deps.onFailure);
  }

  function observe() {
    if (signal.aborted) return;
    const now = deps.now();
    const url = new URL(doc.location.href);
    const feedUrl = site.isFeedUrl(url);
    if (feedUrl !== lastFeedUrl) {
      // Arriving on the feed (often without a page load): ask at once, so quiet hours or a reached limit cover it
      // now; leaving it takes any prompt away.
      lastFeedUrl = feedUrl;
      if (feedUrl) check();
      else deps.onLeftFeed?.();
    }
    const onFeed = enabled && !suspended && feedUrl;
    const video = onFeed ? site.findActiveVideo(url, doc) : null;
    const visible = doc.visibilityState === 'visible';
    meter.update(now, { onFeed, visible, focused: doc.hasFocus(), playing: video !== null && isPlaying(video) });
    const id = onFeed ? site.getVideoId(url, doc) : null;
    videos.observe(now, id, meter.counting, onFeed && site.isAd(url, doc));

    if (onFeed && visible && !video) {
      feedWithoutVideoSince ??= now;
      if (now - feedWithoutVideoSince >= NO_VIDEO_GRACE_MS) {
        reportHealth('degraded', 'No video found on the feed: counting by visibility and activity only.');
      }
    } else if (video) {
      feedWithoutVideoSince = null;
      reportHealth('ok', 'Video found.');
    }
  }

  function send() {
    if (sending) {
      // Sent as soon as the message in flight is answered.
      sendAgain = true;
      return;
    }
    if (outbox.size === 0 || signal.aborted) return;
    sending = true;
    deps
      .send({ type: 'heartbeat', site: site.id, page: deps.pageId, beats: outbox.pending() })
      .then((reply) => {
        if (reply.ok && 'applied' in reply) {
          outbox.ack(reply.applied);
          configure(reply.tracking);
          if (reply.idle !== 'active') meter.markSystemIdle(deps.now());
          decided(reply.prompt);
        }
      })
      .catch(deps.onFailure)
      .finally(() => {
        sending = false;
        if (sendAgain) {
          sendAgain = false;
          send();
        }
      });
  }

  function flush() {
    const now = deps.now();
    lastBeat = now;
    outbox.add(meter.drain(now), videos.drain());
    send();
  }

  function tick() {
    observe();
    if (doc.visibilityState !== 'visible') return;
    if (deps.now() - lastBeat >= HEARTBEAT_MS || deps.channelChanged?.()) flush();
    else checkTriggers(deps.now());
  }

  const onInput = guard((event: Event) => {
    if (!event.isTrusted) return;
    const now = deps.now();
    if (event.type === 'pointermove') {
      if (now - lastPointerMove < 1_000) return;
      lastPointerMove = now;
    }
    meter.input(now);
    observe();
  });
  const listen = { signal, capture: true, passive: true } as const;
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, listen);
  for (const type of MEDIA_EVENTS) doc.addEventListener(type, guard(observe), listen);
  doc.addEventListener(
    'visibilitychange',
    guard(() => {
      observe();
      if (doc.visibilityState === 'hidden') flush();
      else check();
    }),
    listen,
  );
  win.addEventListener('focus', guard(observe), listen);
  win.addEventListener('blur', guard(observe), listen);
  win.addEventListener('popstate', guard(observe), listen);
  win.addEventListener(
    'pagehide',
    guard(() => {
      observe();
      flush();
    }),
    listen,
  );

  const timer = win.setInterval(guard(tick), TICK_MS);
  signal.addEventListener(
    'abort',
    () => {
      win.clearInterval(timer);
      win.clearTimeout(triggerTimer);
    },
    { once: true },
  );
  deps
    .send({ type: 'hello', site: site.id, page: deps.pageId })
    .then((reply) => {
      if (reply.ok && 'tracking' in reply) {
        configure(reply.tracking);
        decided(reply.prompt);
      }
      observe();
    })
    .catch(deps.onFailure);
  observe();

  return {
    /** Close the current segment and send now (tests, and the page going away). */
    flush: guard(flush),
    /** Ask the background whether a prompt is due now. */
    check: guard(check),
    /** While a blocking prompt covers the feed, nothing counts. */
    setSuspended(value: boolean) {
      suspended = value;
      observe();
    },
    get counting() {
      return meter.counting;
    },
    get pendingBeats() {
      return outbox.size;
    },
  };
}
