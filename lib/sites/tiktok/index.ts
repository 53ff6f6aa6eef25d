import type { Site } from '../site';
import { tiktokUrls } from './urls';

export const tiktok: Site = { ...tiktokUrls };
