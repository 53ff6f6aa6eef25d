import { SITE_URLS } from './catalog';
import { facebookReels } from './facebook-reels';
import { instagramReels } from './instagram-reels';
import { rednote } from './rednote';
import type { Site } from './site';
import { tiktok } from './tiktok';
import type { SiteId } from './types';
import { youtubeShorts } from './youtube-shorts';

const SITE_BY_ID: Record<SiteId, Site> = {
  tiktok,
  'youtube-shorts': youtubeShorts,
  'instagram-reels': instagramReels,
  'facebook-reels': facebookReels,
  rednote,
};

/**
 * Every site with its DOM adapter and Not interested flow, in the catalog's order (lib/sites/catalog.ts). Code that
 * only needs names, hosts or feed URLs takes the catalog instead, so it does not load five sites' adapters.
 * Adding a site: a folder in lib/sites, an entry here and in the catalog, a fixture, an entrypoint.
 */
export const SITES: readonly Site[] = SITE_URLS.map((urls) => SITE_BY_ID[urls.id]);
