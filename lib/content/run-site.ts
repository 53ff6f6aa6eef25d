import type { Site } from '../sites/site';
import { type Channel, createChannel, isOrphanedError, type Transport } from './channel';
import { type ChunkLoaders, extensionChunks } from './chunks';
import { createClipCard } from './clip-card';
import { createFailureLog } from './failures';
import { createFriction } from './friction';
import { createNotInterested } from './not-interested';
import { createPageSessions } from './page-session';
import { createPromptPresenter } from './prompt-presenter';
import { createPromptScheduler } from './prompt-scheduler';
import { createReporter } from './reporter';
import { runtimeTransport } from './runtime-transport';

export interface RunSiteOptions {
  window?: Window;
  document?: Document;
  transport?: Transport;
  chunks?: ChunkLoaders;
  now?: () => number;
  /** Started by the background in an open tab (tests; the browser sets a flag in the script's world). */
  injected?: boolean;
}

/** Set on the isolated world's window while a script runs, so a second injection of the same version stays idle. */
const RUNNING = Symbol.for('mindful-feed:running');
/** Set by the background just before it injects the script into an open tab (lib/background/inject.ts). */
const INJECTED = Symbol.for('mindful-feed:injected');

/**
 * Starts everything the extension does on one site's pages. Never throws into the page.
 *
 * The parts, composed here and talking only through events and return values: watching and reporting (the
 * reporter), prompt scheduling and showing (scheduler and presenter), and "Not interested". One channel to the
 * background; one page session per page; one 1 s tick per visible tab. WXT's `ctx` is not what ends the script: a
 * page can forge the event that invalidates it. The script ends when the extension is gone (after an update, once
 * it has handed what it measured to the new version's script) or when `stop` is called.
 */
export function runSite(_ctx: unknown, site: Site, options: RunSiteOptions = {}): { stop(): void } {
  const win = options.window ?? window;
  const doc = options.document ?? document;
  const world = win as unknown as Record<symbol, boolean>;
  const lifetime = new AbortController();
  const stop = () => lifetime.abort();
  if (world[RUNNING]) return { stop };
  world[RUNNING] = true;
  lifetime.signal.addEventListener('abort', () => delete world[RUNNING], { once: true });

  const failures = createFailureLog(site.id);
  let channel: Channel | null = null;
  const onFailure = (error: unknown) => {
    // A message after the extension went away: the reporter's outbox keeps it for the successor.
    if (isOrphanedError(error)) return;
    if (!failures.record(error)) return;
    // Reported once per kind of failure, as site health; the page keeps working.
    const detail = (error instanceof Error ? error.message : String(error)).slice(0, 200);
    channel
      ?.send({ type: 'health', site: site.id, capability: 'script', status: 'degraded', detail })
      .catch(() => undefined);
  };

  try {
    const now = options.now ?? (() => Date.now());
    const pageId = crypto.randomUUID();
    const chunks = options.chunks ?? extensionChunks(site.id);
    const signal = lifetime.signal;
    channel = createChannel({
      transport: options.transport ?? runtimeTransport(),
      window: win,
      page: pageId,
      site: site.id,
      signal,
      onFailure,
    });
    const live = channel;
    // The active item is found once per tick by the page sessions (started last, once every part listens).
    const sessions = createPageSessions({ site, window: win, document: doc, signal, onFailure });

    const clip = createClipCard({
      site,
      window: win,
      document: doc,
      channel: live,
      load: chunks.prompts,
      signal,
      onFailure,
    });
    const reporter = createReporter({
      site,
      window: win,
      document: doc,
      now,
      channel: live,
      signal,
      pageId,
      currentItem: sessions.currentItem,
      findItem: sessions.findItem,
      onFeedPage: () => sessions.page?.onFeed ?? false,
      onFailure,
      onSharedClip: clip.onClip,
    });
    // Before the scheduler listens: moving on from a shared clip is known by the time it asks again.
    reporter.on('video-changed', () => clip.videoChanged(sessions.currentItem()?.id ?? null), signal);
    // Counting stops while a blocking prompt covers the feed or while the next video of a slowed feed waits.
    const holds = new Set<string>();
    const hold = (reason: string) => (on: boolean) => {
      if (on) holds.add(reason);
      else holds.delete(reason);
      reporter.setSuspended(holds.size > 0);
    };
    const friction = createFriction({
      site: site.id,
      window: win,
      document: doc,
      channel: live,
      load: chunks.prompts,
      setSuspended: hold('friction'),
      signal,
      onFailure,
    });
    reporter.on('video-changed', () => friction.videoChanged(sessions.currentItem()?.id ?? null), signal);
    const presenter = createPromptPresenter({
      site: site.id,
      document: doc,
      channel: live,
      load: chunks.prompts,
      setSuspended: hold('prompt'),
      onBlocking: clip.hide,
      onFailure,
      signal,
    });
    const scheduler = createPromptScheduler({
      site,
      window: win,
      document: doc,
      now,
      channel: live,
      reporter,
      presenter,
      friction,
      signal,
      onFailure,
      onSharedClip: clip.onClip,
    });
    const notInterested = createNotInterested({
      site,
      window: win,
      document: doc,
      channel: live,
      load: chunks.notInterested,
      currentItem: sessions.findItem,
      signal,
      onFailure,
    });
    live.onCommand(() => notInterested.run());
    reporter.on('input', notInterested.arrived, signal);

    // After an update: once the new version's script asks, stop measuring and leave the page to it.
    live.on('successor', (handover) => {
      handover.counted = reporter.stop();
      presenter.stop();
      stop();
    });
    // The extension was removed or disabled and no successor came: take our UI away and stop.
    live.on('gone', () => {
      presenter.stop();
      stop();
    });
    // A script injected into an open tab after an update: what the old one measured is passed on. (A page load's own
    // script has no predecessor, and asks nothing.)
    if ((globalThis as unknown as Record<symbol, boolean>)[INJECTED] || options.injected) {
      const adoptWindow = AbortSignal.any([signal, AbortSignal.timeout(30_000)]);
      live.adoptPredecessor(adoptWindow, reporter.alreadyCounted);
    }

    sessions.start({
      onPage: (page) => {
        clip.pageChanged(page.url);
        notInterested.pageChanged(page.signal);
        reporter.observe();
      },
      onTick: (item) => {
        reporter.tick();
        scheduler.tick();
        notInterested.place(item);
      },
    });
  } catch (error) {
    onFailure(error);
  }
  return { stop };
}
