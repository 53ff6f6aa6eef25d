import type { Site } from '../site';
import { instagramReelsUrls } from './urls';

export const instagramReels: Site = { ...instagramReelsUrls };
