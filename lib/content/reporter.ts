import type { Decision } from '../limits/decide';
import type { HealthReport, TrackingConfig } from '../messaging/content-protocol';
import { isPlaying } from '../sites/dom';
import type { FeedItem, Site } from '../sites/site';
import { Outbox } from '../tracking/outbox';
import { DEFAULT_IDLE_THRESHOLD_S, HEARTBEAT_MS, MAX_GAP_MS, VIDEO_DWELL_MS } from '../tracking/rules';
import { VideoCounter } from '../tracking/video-counter';
import { WatchMeter } from '../tracking/watch-meter';
import type { Channel } from './channel';
import { createEvents } from './events';

export interface ReporterDeps {
  site: Site;
  /** The content script's window and document (the isolated world's view of the page). */
  window: Window;
  document: Document;
  now: () => number;
  channel: Pick<Channel, 'send'>;
  /** The script's lifetime. */
  signal: AbortSignal;
  /** A new random id for this page load. */
  pageId: string;
  /** The active feed item as last found (the page session finds it once per tick). */
  currentItem: () => FeedItem | null;
  /** Finds the active item again now: when a video starts or stops, it may be another one (a swipe). */
  findItem: () => FeedItem | null;
  /** Whether the page is one of the site's feeds, as the page session last found (it reads the address once a tick). */
  onFeedPage: () => boolean;
  onFailure: (error: unknown) => void;
  /** Whether the video on screen is a clip the user opened directly (said with every heartbeat). */
  onSharedClip?: () => boolean;
}

/** How long a visible feed may show no video before the adapter reports itself degraded. */
const NO_VIDEO_GRACE_MS = 10_000;
const INPUT_EVENTS = ['keydown', 'pointerdown', 'wheel', 'touchstart', 'pointermove'] as const;
/**
 * What starts and stops watching: "playing" (after a "play" once there is data, and after every stall), and the ways
 * it stops. "play" and "loadeddata" alone change nothing counted, and the tick catches a video that loads paused.
 */
const MEDIA_EVENTS = ['playing', 'pause', 'ended', 'waiting', 'emptied'] as const;
/** The media events after which the active item may be another one (a swipe starts a new video). */
const NEW_VIDEO_EVENTS = new Set<string>(['playing', 'emptied']);

/**
 * Watching and reporting: measures watching in one tab (meter, videos) and reports it to the background as closed
 * segments (at most one message per heartbeat interval, none while hidden), flushed when the tab hides or the page
 * goes away, kept until acknowledged. What the background decided comes back as a `decision` event.
 */
export function createReporter(deps: ReporterDeps) {
  const { site, window: win, document: doc, signal } = deps;
  const events = createEvents<{
    decision: Decision;
    'video-changed': undefined;
    'feed-changed': boolean;
    /** The person's own input (a key, a touch, the wheel, the pointer: at most one move a second). */
    input: undefined;
  }>();
  const meter = new WatchMeter(DEFAULT_IDLE_THRESHOLD_S * 1000, MAX_GAP_MS);
  const videos = new VideoCounter(VIDEO_DWELL_MS);
  const outbox = new Outbox();
  let lastBeat = deps.now();
  let sending = false;
  let sendAgain = false;
  let stopped = false;
  let lastPointerMove = 0;
  let feedWithoutVideoSince: number | null = null;
  /** What the background has on record for the site's tracking (told by the hello reply; undefined until then). */
  let reportedHealth: HealthReport['status'] | null | undefined;
  let healthToReport: { status: HealthReport['status']; detail: string } | null = null;
  let enabled = true;
  let suspended = false;
  let lastFeedUrl: boolean | null = null;
  let lastVideoId: string | null = null;
  /** The video the last look followed, and whether it played then. */
  let lastVideo: HTMLVideoElement | null = null;
  let lastPlaying = false;

  const guard =
    <A extends unknown[]>(handler: (...args: A) => void) =>
    (...args: A) => {
      try {
        if (!stopped) handler(...args);
      } catch (error) {
        deps.onFailure(error);
      }
    };

  function configure(tracking: TrackingConfig) {
    enabled = tracking.enabled;
    meter.setIdleThreshold(tracking.idleThresholdS * 1000);
  }

  /** Only a change from what the background has on record is sent: a page that finds its video costs no message. */
  function reportHealth(status: HealthReport['status'], detail: string) {
    if (reportedHealth === undefined) {
      healthToReport = { status, detail };
      return;
    }
    if (reportedHealth === status) return;
    reportedHealth = status;
    deps.channel.send({ type: 'health', site: site.id, capability: 'tracking', status, detail }).catch(deps.onFailure);
  }

  /** Brings the meter and the video counter up to date with what the page shows now. */
  function observe(fresh = false) {
    const now = deps.now();
    const feedUrl = deps.onFeedPage();
    if (feedUrl !== lastFeedUrl) {
      // The first look needs no event: the hello reply brings the first decision.
      const changed = lastFeedUrl !== null;
      lastFeedUrl = feedUrl;
      if (changed) events.emit('feed-changed', feedUrl);
    }
    const onFeed = enabled && !suspended && feedUrl;
    const item = onFeed ? (fresh ? deps.findItem() : deps.currentItem()) : null;
    const video = item?.video ?? null;
    const visible = doc.visibilityState === 'visible';
    const playing = video !== null && isPlaying(video);
    lastVideo = video;
    lastPlaying = playing;
    meter.update(now, { onFeed, visible, focused: doc.hasFocus(), playing });
    const id = item?.id ?? null;
    videos.observe(now, id, meter.counting, item?.ad ?? false);
    if (id !== lastVideoId) {
      lastVideoId = id;
      if (id !== null) events.emit('video-changed', undefined);
    }

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

  function heartbeat() {
    return {
      type: 'heartbeat' as const,
      site: site.id,
      page: deps.pageId,
      beats: outbox.pending(),
      activeVideo: videos.activeVideo,
      ...(deps.onSharedClip?.() ? { sharedClip: true } : {}),
    };
  }

  function send() {
    if (sending) {
      // Sent as soon as the message in flight is answered.
      sendAgain = true;
      return;
    }
    if (outbox.size === 0 || stopped) return;
    sending = true;
    deps.channel
      .send(heartbeat())
      .then((reply) => {
        outbox.ack(reply.applied);
        configure(reply.tracking);
        if (reply.idle !== 'active') meter.markSystemIdle(deps.now());
        events.emit('decision', reply.prompt);
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

  const onInput = guard((event: Event) => {
    if (!event.isTrusted) return;
    const now = deps.now();
    if (event.type === 'pointermove') {
      if (now - lastPointerMove < 1_000) return;
      lastPointerMove = now;
    }
    meter.input(now);
    observe();
    events.emit('input', undefined);
  });
  const listen = { signal, capture: true, passive: true } as const;
  for (const type of INPUT_EVENTS) win.addEventListener(type, onInput, listen);
  for (const type of MEDIA_EVENTS) {
    const mayChangeVideo = NEW_VIDEO_EVENTS.has(type);
    const emptied = type === 'emptied';
    doc.addEventListener(
      type,
      guard((event: Event) => {
        const item = deps.currentItem();
        const video = item?.video ?? null;
        // The video already followed, still in its item (a reused player moved into another item, or a new source,
        // looks again)…
        const followed =
          video !== null && video === event.target && video === lastVideo && item?.element.contains(video) === true;
        // …that plays on as it did: a looping clip's seek back to its start fires "waiting" and "playing" at each
        // loop, and nothing changes for the meter (the tick brings its time up to date).
        if (followed && !emptied && isPlaying(video) === lastPlaying) return;
        observe(mayChangeVideo && !(followed && type === 'playing'));
      }),
      listen,
    );
  }
  doc.addEventListener(
    'visibilitychange',
    guard(() => {
      observe();
      if (doc.visibilityState === 'hidden') flush();
    }),
    listen,
  );
  win.addEventListener(
    'focus',
    guard(() => observe()),
    listen,
  );
  win.addEventListener(
    'blur',
    guard(() => observe()),
    listen,
  );
  win.addEventListener(
    'pagehide',
    guard(() => {
      observe();
      flush();
    }),
    listen,
  );

  deps.channel
    .send({ type: 'hello', site: site.id, page: deps.pageId, ...(deps.onSharedClip?.() ? { sharedClip: true } : {}) })
    .then((reply) => {
      configure(reply.tracking);
      reportedHealth = reply.trackingHealth;
      if (healthToReport) guard(reportHealth)(healthToReport.status, healthToReport.detail);
      events.emit('decision', reply.prompt);
      guard(() => observe())();
    })
    .catch(deps.onFailure);

  return {
    on: events.on,
    /** The page session's tick (once a second while visible): observe, and report once a heartbeat is due. */
    tick: guard(() => {
      observe();
      if (doc.visibilityState === 'visible' && deps.now() - lastBeat >= HEARTBEAT_MS) flush();
    }),
    observe: guard(() => observe()),
    /** Close the current segment and send now (a prompt trigger was reached, or the page goes away). */
    flush: guard(flush),
    /** While a blocking prompt covers the feed, nothing counts. */
    setSuspended(value: boolean) {
      suspended = value;
      guard(() => observe())();
    },
    /** Time counted by this tab so far (prompt triggers are measured in it). */
    watchedMs: () => meter.totalMs(deps.now()),
    get counting() {
      return meter.counting;
    },
    get videosCounted() {
      return videos.total;
    },
    get activeVideo() {
      return videos.activeVideo;
    },
    get pendingBeats() {
      return outbox.size;
    },
    /** Videos the script before this one (after an update) already counted in this tab. */
    alreadyCounted: (ids: readonly string[]) => videos.markCounted(ids),
    /**
     * Stops measuring for good: what was measured up to now is sent in one last heartbeat (after an update, the
     * channel keeps it for the successor), and nothing else is sent. Returns the videos it counted.
     */
    stop(): string[] {
      if (stopped) return videos.countedIds();
      try {
        observe();
        outbox.add(meter.drain(deps.now()), videos.drain());
      } catch (error) {
        deps.onFailure(error);
      }
      stopped = true;
      if (outbox.size > 0) deps.channel.send(heartbeat()).catch(deps.onFailure);
      return videos.countedIds();
    },
  };
}

export type Reporter = ReturnType<typeof createReporter>;
