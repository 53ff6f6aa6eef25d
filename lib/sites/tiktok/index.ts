import type { Site } from '../site';
import { tiktokAdapter } from './adapter';
import { tiktokUrls } from './urls';

/** What the always-loaded script needs; the "Not interested" flows (./not-interested.ts) load on first use. */
export const tiktok: Site = { ...tiktokUrls, ...tiktokAdapter, notInterestedSupported: true };
