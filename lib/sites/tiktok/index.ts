import type { Site } from '../site';
import { tiktokAdapter } from './adapter';
import { tiktokNotInterested } from './not-interested';
import { tiktokUrls } from './urls';

export const tiktok: Site = { ...tiktokUrls, ...tiktokAdapter, notInterested: tiktokNotInterested };
