import type { Site } from '../site';
import { facebookReelsAdapter } from './adapter';
import { facebookReelsUrls } from './urls';

/** What the always-loaded script needs; the "Not interested" flows (./not-interested.ts) load on first use. */
export const facebookReels: Site = { ...facebookReelsUrls, ...facebookReelsAdapter, notInterestedSupported: true };
