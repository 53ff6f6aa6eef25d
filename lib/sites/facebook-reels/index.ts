import type { Site } from '../site';
import { facebookReelsUrls } from './urls';

export const facebookReels: Site = { ...facebookReelsUrls };
