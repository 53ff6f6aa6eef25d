import type { Site } from '../site';
import { tiktokAdapter } from './adapter';
import { tiktokUrls } from './urls';

export const tiktok: Site = { ...tiktokUrls, ...tiktokAdapter };
