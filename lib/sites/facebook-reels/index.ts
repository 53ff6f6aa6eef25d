import type { Site } from '../site';
import { facebookReelsAdapter } from './adapter';
import { facebookReelsNotInterested } from './not-interested';
import { facebookReelsUrls } from './urls';

export const facebookReels: Site = {
  ...facebookReelsUrls,
  ...facebookReelsAdapter,
  notInterested: facebookReelsNotInterested,
};
