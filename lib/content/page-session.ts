import { isPlaying } from '../sites/dom';
import type { FeedItem, Site } from '../sites/site';
import { TICK_MS } from '../tracking/rules';
import { pageAddress, pageUrl } from './page-url';

/** One page of a site that navigates without page loads: everything it starts takes `signal`. */
export interface PageSession {
  url: URL;
  onFeed: boolean;
  signal: AbortSignal;
}

export interface PageSessionsDeps {
  site: Site;
  window: Window;
  document: Document;
  /** The script's lifetime: aborting it ends the current page too. */
  signal: AbortSignal;
  onFailure(error: unknown): void;
}

export interface PageHandlers {
  /** A new page began (the first one at once). */
  onPage(page: PageSession): void;
  /** Once a second while the tab is visible, with the active item found once for everyone. */
  onTick(item: FeedItem | null, page: PageSession): void;
}

/**
 * One page session per page: every SPA navigation (the site's own navigation events, `popstate`, the Navigation
 * API's `currententrychange`, or, where that API is missing, a URL change seen on the tick) ends the old session and
 * starts a new one with a fresh AbortController. The one 1 s tick of the tab runs only while it is visible, and finds
 * the active item once.
 */
export function createPageSessions(deps: PageSessionsDeps) {
  const { site, window: win, document: doc } = deps;
  let handlers: PageHandlers | null = null;
  let controller: AbortController | null = null;
  let page: PageSession | null = null;
  let item: FeedItem | null = null;
  /** The page's address as text (reading a `URL`'s `href` each tick costs more than keeping it). */
  let href = '';
  let timer: number | undefined;
  /**
   * The Navigation API tells of every same-document navigation (the page's `pushState` included, from any world), so
   * where it exists the tick need not read the address. Elsewhere (Firefox ESR) the tick compares it.
   */
  const navigation = (win as { navigation?: EventTarget }).navigation;
  const toldOfNavigations = typeof navigation?.addEventListener === 'function';

  const findItem = (): FeedItem | null => {
    if (!page) return null;
    try {
      item = page.onFeed ? site.activeItem(pageUrl(doc), doc) : null;
    } catch (error) {
      deps.onFailure(error);
      item = null;
    }
    return item;
  };

  function begin() {
    controller?.abort();
    controller = new AbortController();
    const address = pageAddress(doc);
    href = address.href;
    const url = address.url;
    page = { url, onFeed: site.isFeedUrl(url), signal: controller.signal };
    item = null;
    findItem();
    handlers?.onPage(page);
  }

  /** A navigation may have happened: start a new page if the URL is not the page's own. */
  function navigated() {
    if (deps.signal.aborted) return;
    if (!page || doc.location.href !== href) begin();
  }

  /**
   * The item found last, while its video still plays where it was. A video that starts, stops or changes source
   * fires a media event, on which the reporter looks again; so a tick looks again only when nothing plays or the
   * item left the page (most ticks of a feed cost no query at all).
   */
  function stillActive(): FeedItem | null {
    const video = item?.video;
    return item && video && item.element.isConnected && video.isConnected && isPlaying(video) ? item : null;
  }

  function tick() {
    try {
      if (!toldOfNavigations || !page) navigated();
      if (!page) return;
      handlers?.onTick(stillActive() ?? findItem(), page);
    } catch (error) {
      deps.onFailure(error);
    }
  }

  function runTicks() {
    win.clearInterval(timer);
    timer = undefined;
    if (doc.visibilityState === 'visible' && !deps.signal.aborted) timer = win.setInterval(tick, TICK_MS);
  }

  return {
    /** Starts the first page and the tick; the parts are composed by then and listen from the first moment. */
    start(pageHandlers: PageHandlers) {
      if (handlers || deps.signal.aborted) return;
      handlers = pageHandlers;
      const listen = { signal: deps.signal } as const;
      for (const type of ['popstate', ...(site.navigationEvents ?? [])]) {
        win.addEventListener(type, navigated, listen);
      }
      if (toldOfNavigations) navigation?.addEventListener('currententrychange', navigated, listen);
      doc.addEventListener('visibilitychange', runTicks, listen);
      deps.signal.addEventListener(
        'abort',
        () => {
          win.clearInterval(timer);
          controller?.abort();
        },
        { once: true },
      );
      begin();
      runTicks();
    },
    /** The active item as the last tick found it. */
    currentItem: () => item,
    /** The active item now (for a flow that waits on the page to move on). */
    findItem,
    get page() {
      return page;
    },
  };
}
