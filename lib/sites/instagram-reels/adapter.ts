import { nearestToViewportCentre, preferPlaying, queryAll } from '../dom';
import type { FeedItem, SiteAdapter } from '../site';
import { selectors as S } from './selectors';
import { instagramReelsUrls } from './urls';

/** /reels/<code>/ (the Reels tab follows the active reel) or /reel/<code>/ (a single reel). */
const REEL_PATH = /^\/reels?\/([A-Za-z0-9_-]+)\/?$/;
/** A permalink to a reel or post inside a reel. */
const PERMALINK = /\/(?:reels?|p)\/([A-Za-z0-9_-]+)\/?(?:$|[?#])/;
/**
 * The ad label under the author, by language (Instagram localises it; only English is seen in the fixture, the others
 * are Meta's usual wording and unverified).
 */
const SPONSORED = new Set(['sponsored', 'publicidad', 'gesponsert', 'sponsorisé', 'patrocinado', 'sponsorizzato']);

const videoOf = (reel: Element) => reel.querySelector<HTMLVideoElement>(S.video);

/**
 * The active reel, on a Reels URL only (the home feed autoplays video posts too):
 * 1. the reel across the middle of the viewport (the live page, where there is layout);
 * 2. else the reel whose video is playing (Instagram plays only the active one);
 * 3. else, without layout or playback (a parsed snapshot), the middle of the reels with a mounted <video>: the list
 *    mounts the active reel and its two neighbours, so at the top of the feed that is the first of two.
 */
function activeReel(url: URL, root: ParentNode): Element | null {
  if (!instagramReelsUrls.isFeedUrl(url)) return null;
  const reels = queryAll(root, S.reel);
  if (reels.length === 0) return mobileReels(root);
  const inView = nearestToViewportCentre(reels);
  if (inView) return inView;
  const playing = preferPlaying(reels, videoOf);
  if (playing && videoOf(playing)) return playing;
  return middleMounted(reels);
}

/** Without layout or playback (a parsed snapshot): the list mounts the active reel and its neighbours (see above). */
function middleMounted(reels: Element[]): Element | null {
  const mounted = reels.filter((reel) => videoOf(reel) !== null);
  return mounted[Math.floor((mounted.length - 1) / 2)] ?? null;
}

/** The largest box around `video` inside `main` that holds no other <video> and no other reel's audio link. */
function reelAround(video: Element, main: Element): Element {
  let reel = video;
  while (reel.parentElement && reel.parentElement !== main) {
    const parent: Element = reel.parentElement;
    if (parent.querySelectorAll(S.video).length > 1 || parent.querySelectorAll(S.audioLink).length > 1) {
      break;
    }
    reel = parent;
  }
  return reel;
}

/** The mobile layout: each mounted video's reel, told by structure; then the same rules as above. */
function mobileReels(root: ParentNode): Element | null {
  const main = root.querySelector(S.main);
  if (!main) return null;
  const reels = queryAll(main, S.video).map((video) => reelAround(video, main));
  if (reels.length === 0) return null;
  return nearestToViewportCentre(reels) ?? preferPlaying(reels, videoOf) ?? middleMounted(reels);
}

function hasSponsoredLabel(reel: Element): boolean {
  for (const element of queryAll(reel, 'span, a, div')) {
    if (element.childElementCount > 0) continue;
    const text = element.textContent?.trim().toLowerCase() ?? '';
    if (SPONSORED.has(text)) return true;
  }
  return false;
}

/** Bare /reels/ (Instagram rewrites it at once): a permalink in the active reel, where the build has one. */
function idOf(url: URL, reel: Element): string | null {
  const fromUrl = REEL_PATH.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  for (const link of queryAll(reel, S.permalink)) {
    const code = PERMALINK.exec(link.getAttribute('href') ?? '')?.[1];
    if (code) return code;
  }
  return null;
}

export const instagramReelsAdapter: SiteAdapter = {
  activeItem(url, root): FeedItem | null {
    const reel = activeReel(url, root);
    if (!reel) return null;
    return { element: reel, video: videoOf(reel), id: idOf(url, reel), ad: hasSponsoredLabel(reel) };
  },
};
