import type { SiteUrls } from './types';

/** The feed item on screen now, found once per tick: what counting, prompts and "Not interested" all act on. */
export interface FeedItem {
  /** The item's own element (card, renderer, note): holds its controls and no other item's video. */
  element: Element;
  /** Its <video>, or null (an image note, or a player not mounted yet). Never used as the item's identity. */
  video: HTMLVideoElement | null;
  /** A stable id of the video: from the URL where it carries one, else from the DOM; null if unknown. */
  id: string | null;
  /** A sponsored item: time on the feed, never a video watched. */
  ad: boolean;
}

/**
 * A site's DOM adapter: a pure function of the page URL and a DOM root. It never reads globals, never throws into
 * the page (a missing element is `null`), and never keys on a <video> element (sites reuse them).
 */
export interface SiteAdapter {
  /** The active feed item, or null off the feed or when none can be found. */
  activeItem(url: URL, root: ParentNode): FeedItem | null;
}

/** Everything the always-loaded content script knows about one site; each site folder exports one. */
export type Site = SiteUrls &
  SiteAdapter & {
    /** Whether the site has a "Not interested" the flows can drive (its flows load on first use). */
    notInterestedSupported: boolean;
    /** The site's own events for a navigation without a page load (a new page session starts at once). */
    navigationEvents?: readonly string[];
  };
