import type { Site } from '../site';
import { youtubeShortsAdapter } from './adapter';
import { youtubeShortsNotInterested } from './not-interested';
import { youtubeShortsUrls } from './urls';

export const youtubeShorts: Site = {
  ...youtubeShortsUrls,
  ...youtubeShortsAdapter,
  notInterested: youtubeShortsNotInterested,
};
