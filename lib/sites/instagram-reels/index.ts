import type { Site } from '../site';
import { instagramReelsAdapter } from './adapter';
import { instagramReelsUrls } from './urls';

/** What the always-loaded script needs; the "Not interested" flows (./not-interested.ts) load on first use. */
export const instagramReels: Site = { ...instagramReelsUrls, ...instagramReelsAdapter, notInterestedSupported: true };
