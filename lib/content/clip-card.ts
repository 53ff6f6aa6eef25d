import type { Site } from '../sites/site';
import type { Channel } from './channel';
import { pageUrl } from './page-url';
import type { ClipCardSurface, PromptUi } from './prompt-presenter';
import { goBack, isSharedClip } from './shared-clip';

export interface ClipCardDeps {
  site: Site;
  window: Window;
  document: Document;
  channel: Pick<Channel, 'send'>;
  /** The prompt UI chunk, which holds the card (loaded ahead when the page is a shared clip). */
  load: () => Promise<PromptUi>;
  signal: AbortSignal;
  onFailure: (error: unknown) => void;
}

/** How long the card stays when left alone. */
const CARD_MS = 20_000;

/**
 * A clip someone sent, from the page load until the user moves on: while it plays, the rules may let it play past a
 * limit (the tab says so with every question); on moving on to the next video, a small card says the feed starts
 * here, with "Go back" first and "Keep watching". Its answer is recorded like a prompt's.
 */
export function createClipCard(deps: ClipCardDeps) {
  const { site, window: win, document: doc } = deps;
  const landing = pageUrl(doc);
  const clipUrl = site.isClipUrl(landing);
  // How the page was reached is asked only of a clip's own address (the feed's pages need not know).
  const navigation = clipUrl
    ? (win.performance?.getEntriesByType?.('navigation')[0] as PerformanceNavigationTiming | undefined)
    : undefined;
  const shared = isSharedClip({
    url: landing,
    clipUrl,
    referrer: doc.referrer,
    siteHosts: site.hosts,
    navigationType: navigation?.type,
  });
  const historyAtClip = win.history.length;
  let clipId: string | null = null;
  let onClip = shared;
  let surface: ClipCardSurface | null = null;
  let open = false;
  let timer: number | undefined;

  const report = (outcome: 'shown' | 'left' | 'continued', closeTab = false) =>
    deps.channel.send({
      type: 'prompt-outcome',
      site: site.id,
      kind: 'shared-clip',
      outcome,
      scope: 'site',
      ...(closeTab ? { closeTab } : {}),
    });

  function hide() {
    open = false;
    win.clearTimeout(timer);
    surface?.hide();
  }

  function answer(outcome: 'left' | 'continued') {
    if (!open) return;
    hide();
    if (outcome === 'continued') {
      report('continued').catch(deps.onFailure);
      return;
    }
    const plan = goBack(historyAtClip, win.history.length);
    // Recorded first (the page goes away right after); the background closes a tab the clip opened.
    report('left', plan.kind === 'close-tab')
      .catch(deps.onFailure)
      .finally(() => {
        if (plan.kind === 'history' && !deps.signal.aborted) win.history.go(plan.delta);
      });
  }

  function show() {
    deps
      .load()
      .then((ui) => {
        if (deps.signal.aborted || open) return;
        surface ??= ui.createClipCard(doc);
        open = true;
        surface.show({ onBack: () => answer('left'), onKeepWatching: () => answer('continued') });
        // Left alone, it goes by itself: the user kept watching.
        timer = win.setTimeout(() => answer('continued'), CARD_MS);
        report('shown').catch(deps.onFailure);
      })
      .catch(deps.onFailure);
  }

  /** The user moved on from the clip: to another video of the feed (the card), or off the feed (nothing). */
  function movedOn(toFeed: boolean) {
    if (!onClip) return;
    onClip = false;
    if (toFeed) show();
  }

  if (shared) deps.load().catch(() => undefined);
  deps.signal.addEventListener('abort', hide, { once: true });

  return {
    /** Whether the video on screen is the clip the user opened (asked with every question to the background). */
    onClip: () => onClip,
    /** The active video is now `id` (the reporter's `video-changed`): another one than the clip's means moving on. */
    videoChanged(id: string | null) {
      if (!onClip || id === null) return;
      clipId ??= id;
      if (id !== clipId) movedOn(true);
    },
    /** A new page of the site began: a different address than the clip's means moving on. */
    pageChanged(url: URL) {
      if (onClip && url.pathname !== landing.pathname) movedOn(site.isFeedUrl(url));
    },
    /** A blocking prompt covers the feed: the card gives way, unanswered (the prompt has its own "I'm done"). */
    hide,
  };
}

export type ClipCard = ReturnType<typeof createClipCard>;
