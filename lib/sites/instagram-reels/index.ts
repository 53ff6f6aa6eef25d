import type { Site } from '../site';
import { instagramReelsAdapter } from './adapter';
import { instagramReelsUrls } from './urls';

export const instagramReels: Site = { ...instagramReelsUrls, ...instagramReelsAdapter };
