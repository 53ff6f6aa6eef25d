import type { FeedItem } from '../sites/site';

/** Which of the site's own items was clicked. */
export type NotInterestedItem = 'not-interested' | 'dont-recommend-channel' | 'show-less';

/**
 * Why nothing was done:
 * - `unsupported`: the site has no such action on the web (RedNote);
 * - `unsupported-layout`: the site has one, but not the layout on screen (TikTok's mobile layout); nothing touched;
 * - `no-active-video`: no active video to act on (not a feed page, or its id is unknown);
 * - `menu-not-found`: the active item has no "more" button we can positively identify, or another menu is open
 *   and will not close (its items may belong to another video);
 * - `item-not-found`: the menu opened but holds no item we can positively identify (it was closed again);
 * - `timeout`: the menu did not open within the step's time limit (a late one is closed if it still comes);
 * - `aborted`: the signal was aborted (the page or video changed); an open menu was closed;
 * - `error`: something unexpected threw; the page was left as it was, the menu closed if we had opened it.
 */
export type NotInterestedFailure =
  | 'unsupported'
  | 'unsupported-layout'
  | 'no-active-video'
  | 'menu-not-found'
  | 'item-not-found'
  | 'timeout'
  | 'aborted'
  | 'error';

export type NotInterestedResult =
  | {
      ok: true;
      /** The active video the item was clicked for (read before clicking). */
      videoId: string;
      item: NotInterestedItem;
      /** Clicks the site's own Undo (its toast/notification), if it is still shown; false when it cannot be found. */
      undo?: () => boolean;
    }
  | { ok: false; reason: NotInterestedFailure };

export interface NotInterestedOptions {
  /** Abort to give up at once (e.g. the page or the active video changed). */
  signal?: AbortSignal;
  /** Time limit of each step (menu opening, menu closing). Default {@link DEFAULT_STEP_TIMEOUT_MS}. */
  stepTimeoutMs?: number;
  /**
   * After a timeout, how long to keep watching for the menu arriving late, to close it again. Default: twice the
   * step timeout. The watch also ends with `signal`.
   */
  lateMenuGraceMs?: number;
}

export const DEFAULT_STEP_TIMEOUT_MS = 1500;

/** What a site offers: its "Not interested" flow and its own "next video" control. Pure: root and item in. */
export interface SiteNotInterested {
  /** False where the site has no such action on the web; `notInterested` then always answers 'unsupported'. */
  supported: boolean;
  /**
   * Drives the site's own "more" menu of the active item (as the adapter found it this tick) and clicks its "Not
   * interested" (or the closest equivalent). Never advances the feed, never throws, never clicks anything it did not
   * positively identify.
   */
  notInterested(root: Document, item: FeedItem | null, options?: NotInterestedOptions): Promise<NotInterestedResult>;
  /**
   * Presses the site's own "next video" control (a button, else the key the site listens to) for the active item.
   * Returns whether there was something to press. Many sites advance by themselves after "Not interested": use
   * `advanceUnlessMoved`, which calls this only when the active video did not change on its own.
   */
  goToNext(root: Document, item: FeedItem | null): boolean;
}
