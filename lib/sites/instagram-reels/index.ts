import type { Site } from '../site';
import { instagramReelsAdapter } from './adapter';
import { instagramReelsNotInterested } from './not-interested';
import { instagramReelsUrls } from './urls';

export const instagramReels: Site = {
  ...instagramReelsUrls,
  ...instagramReelsAdapter,
  notInterested: instagramReelsNotInterested,
};
