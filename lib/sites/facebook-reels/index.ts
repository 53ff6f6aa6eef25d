import type { Site } from '../site';
import { facebookReelsAdapter } from './adapter';
import { facebookReelsUrls } from './urls';

export const facebookReels: Site = { ...facebookReelsUrls, ...facebookReelsAdapter };
