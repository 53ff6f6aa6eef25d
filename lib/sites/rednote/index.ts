import type { Site } from '../site';
import { rednoteAdapter } from './adapter';
import { rednoteUrls } from './urls';

/** What the always-loaded script needs; the "Not interested" flows (./not-interested.ts) load on first use. */
export const rednote: Site = { ...rednoteUrls, ...rednoteAdapter, notInterestedSupported: false };
