import { facebookReels } from './facebook-reels';
import { instagramReels } from './instagram-reels';
import { rednote } from './rednote';
import type { Site } from './site';
import { tiktok } from './tiktok';
import type { SiteId } from './types';
import { youtubeShorts } from './youtube-shorts';

/** The one list of supported sites. Adding a site: a folder in lib/sites, an entry here, a fixture, an entrypoint. */
export const SITES: readonly Site[] = [tiktok, youtubeShorts, instagramReels, facebookReels, rednote];

export function siteById(id: SiteId): Site {
  const site = SITES.find((candidate) => candidate.id === id);
  if (!site) throw new Error(`unknown site ${id}`);
  return site;
}

/** The site whose host serves this URL, feed or not. */
export function siteForUrl(url: URL): Site | undefined {
  return SITES.find((site) => site.hosts.includes(url.hostname));
}
