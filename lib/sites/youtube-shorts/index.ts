import type { Site } from '../site';
import { youtubeShortsUrls } from './urls';

export const youtubeShorts: Site = { ...youtubeShortsUrls };
