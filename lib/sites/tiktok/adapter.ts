import { nearestToViewportCentre, preferPlaying, queryAll } from '../dom';
import type { FeedItem, SiteAdapter } from '../site';
import { selectors as S } from './selectors';
import { tiktokUrls } from './urls';

const VIDEO_PATH = /\/(?:video|photo)\/(\d+)/;
const PLAYER_ID = /^xgwrapper-\d+-(\d+)$/;

const videoOf = (item: Element) => item.querySelector<HTMLVideoElement>(S.video);

/** The active feed item: the one playing, else the one with a mounted <video> (the feed is virtualised), else geometry. */
function activeFeedItem(root: ParentNode): Element | null {
  const items = queryAll(root, S.feedItem);
  if (items.length === 0) return null;
  return preferPlaying(items, videoOf) ?? items.find((item) => videoOf(item)) ?? nearestToViewportCentre(items);
}

/** Mobile layout: the slide playing, else Swiper's active slide, else the one with a <video>, else geometry. */
function activeMobileSlide(root: ParentNode): Element | null {
  const slides = queryAll(root, S.mobileSlide).filter((slide) => !slide.parentElement?.closest(S.mobileSlide));
  if (slides.length === 0) return null;
  return (
    preferPlaying(slides, videoOf) ??
    slides.find((slide) => slide.matches(S.mobileActiveSlide)) ??
    slides.find((slide) => videoOf(slide)) ??
    nearestToViewportCentre(slides)
  );
}

function idOf(url: URL, item: Element): string | null {
  const fromUrl = VIDEO_PATH.exec(url.pathname)?.[1];
  if (fromUrl) return fromUrl;
  const fromPlayer = PLAYER_ID.exec(item.querySelector(S.player)?.id ?? '')?.[1];
  if (fromPlayer) return fromPlayer;
  for (const link of queryAll(item, S.permalink)) {
    const fromLink = VIDEO_PATH.exec(link.getAttribute('href') ?? '')?.[1];
    if (fromLink) return fromLink;
  }
  const index = item.getAttribute('data-scroll-index');
  return index ? `index:${index}` : null;
}

export const tiktokAdapter: SiteAdapter = {
  activeItem(url, root): FeedItem | null {
    if (!tiktokUrls.isFeedUrl(url)) return null;
    // The single-video player (a permalink, or the modal over the feed) wins over the feed behind it.
    const browse = root.querySelector(S.browseVideo);
    const element = browse && videoOf(browse) ? browse : (activeFeedItem(root) ?? browse ?? activeMobileSlide(root));
    if (!element) return null;
    return {
      element,
      video: videoOf(element),
      id: idOf(url, element),
      ad: element.querySelector(S.adTag) !== null,
    };
  },
};
