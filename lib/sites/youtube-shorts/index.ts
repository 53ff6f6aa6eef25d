import type { Site } from '../site';
import { youtubeShortsAdapter } from './adapter';
import { youtubeShortsUrls } from './urls';

export const youtubeShorts: Site = { ...youtubeShortsUrls, ...youtubeShortsAdapter };
