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
  let lastPointerMove = 0;
  let feedWithoutVideoSince: number | null = null;
  let reportedHealth: HealthReport['status'] | null = null;
  let enabled = true;

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
    const onFeed = enabled && site.isFeedUrl(url);
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
    if (sending || outbox.size === 0 || signal.aborted) return;
    sending = true;
    deps
      .send({ type: 'heartbeat', site: site.id, page: deps.pageId, beats: outbox.pending() })
      .then((reply) => {
        if (reply.ok && 'applied' in reply) {
          outbox.ack(reply.applied);
          configure(reply.tracking);
          if (reply.idle !== 'active') meter.markSystemIdle(deps.now());
        }
      })
      .catch(deps.onFailure)
      .finally(() => {
        sending = false;
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
    if (doc.visibilityState === 'visible' && deps.now() - lastBeat >= HEARTBEAT_MS) flush();
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
  signal.addEventListener('abort', () => win.clearInterval(timer), { once: true });
  deps
    .send({ type: 'hello', site: site.id })
    .then((reply) => {
      if (reply.ok && 'tracking' in reply) configure(reply.tracking);
      observe();
    })
    .catch(deps.onFailure);
  observe();

  return {
    /** Close the current segment and send now (tests, and the page going away). */
    flush: guard(flush),
    get counting() {
      return meter.counting;
    },
    get pendingBeats() {
      return outbox.size;
    },
  };
}
