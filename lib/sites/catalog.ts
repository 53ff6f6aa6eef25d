import { facebookReelsUrls } from './facebook-reels/urls';
import { instagramReelsUrls } from './instagram-reels/urls';
import { rednoteUrls } from './rednote/urls';
import { tiktokUrls } from './tiktok/urls';
import { SITE_IDS, type SiteId, type SiteUrls } from './types';
import { youtubeShortsUrls } from './youtube-shorts/urls';

const URLS_BY_ID: Record<SiteId, SiteUrls> = {
  tiktok: tiktokUrls,
  'youtube-shorts': youtubeShortsUrls,
  'instagram-reels': instagramReelsUrls,
  'facebook-reels': facebookReelsUrls,
  rednote: rednoteUrls,
};

/**
 * Every site's URL module (id, name, hosts, match patterns, feed predicate), in SITE_IDS order, without any DOM
 * adapter: what the worker, the manifest and the extension pages need. The registry adds the adapters.
 */
export const SITE_URLS: readonly SiteUrls[] = SITE_IDS.map((id) => URLS_BY_ID[id]);

export function siteById(id: SiteId): SiteUrls {
  const site = SITE_URLS.find((candidate) => candidate.id === id);
  if (!site) throw new Error(`unknown site ${id}`);
  return site;
}

/** The site whose host serves this URL, feed or not. */
export function siteForUrl(url: URL): SiteUrls | undefined {
  return SITE_URLS.find((site) => site.hosts.includes(url.hostname));
}
