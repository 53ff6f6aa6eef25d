import type { Site } from '../site';
import { youtubeShortsAdapter } from './adapter';
import { youtubeShortsUrls } from './urls';

/** What the always-loaded script needs; the "Not interested" flows (./not-interested.ts) load on first use. */
export const youtubeShorts: Site = {
  ...youtubeShortsUrls,
  ...youtubeShortsAdapter,
  notInterestedSupported: true,
  // YouTube's own events when it has moved to another page (each short is one): desktop, then m.youtube.com.
  navigationEvents: ['yt-navigate-finish', 'state-navigateend'],
};
