import type { SiteNotInterested } from '../not-interested/types';
import type { SiteUrls } from './types';

/**
 * A site's DOM adapter. Pure functions of the page URL and a DOM root: they never read globals, never throw
 * into the page (a missing element is `null`/`false`), and never key on a <video> element (sites reuse them).
 */
export interface SiteAdapter {
  /** The <video> of the active feed item, or null when there is none or it cannot be found. */
  findActiveVideo(url: URL, root: ParentNode): HTMLVideoElement | null;
  /** A stable id of the active video: from the URL where it carries one, else from the DOM; null if unknown. */
  getVideoId(url: URL, root: ParentNode): string | null;
  /** The active item is an ad (it still counts as time on the feed, never as a video watched). */
  isAd(url: URL, root: ParentNode): boolean;
}

/** Everything the runtime knows about one site; each site folder exports one. */
export type Site = SiteUrls & SiteAdapter & { notInterested: SiteNotInterested };
