/**
 * TikTok selectors, desktop and mobile layout (both on www.tiktok.com; the mobile one is served to phones). `data-e2e`
 * test hooks have been stable for years; hashed `css-…` classes change every few weeks and are never used. The mobile
 * feed has none of the desktop's item hooks: it is a Swiper (its own `swiper-slide` classes, in TikTok's mobile
 * bundles). Counts per fixture snapshot are checked by tests/sites/selectors.test.ts.
 */
export const selectors = {
  /** One per feed item (For You, Following, Friends). Older builds used a <div> with the same hook. */
  feedItem: '[data-e2e="recommend-list-item-container"]',
  /** The single-video player / browse modal. */
  browseVideo: '[data-e2e="browse-video"]',
  /** The player wrapper, whose id carries the video id: xgwrapper-<n>-<id>. */
  player: '[id^="xgwrapper-"]',
  video: 'video',
  /** Sponsored items carry an ad tag hook. */
  adTag: '[data-e2e$="ad-tag"]',
  /** Mobile: one slide per video of the feed's Swiper (a photo post nests a Swiper of its own: outermost only). */
  mobileSlide: '.swiper-slide',
  /** Mobile: Swiper's mark on the slide in view. */
  mobileActiveSlide: '.swiper-slide-active',
  /** A link to the item's own video page, whose path carries its id (the mobile layout's only id in the DOM). */
  permalink: 'a[href*="/video/"]',
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'foryou-first': {
    feedItem: 3,
    browseVideo: 0,
    player: 3,
    video: 1,
    adTag: 0,
    mobileSlide: 0,
    mobileActiveSlide: 0,
    permalink: 0,
  },
  'foryou-third': {
    feedItem: 4,
    browseVideo: 0,
    player: 4,
    video: 1,
    adTag: 0,
    mobileSlide: 0,
    mobileActiveSlide: 0,
    permalink: 0,
  },
  'root-with-ad': {
    feedItem: 4,
    browseVideo: 0,
    player: 4,
    video: 1,
    adTag: 1,
    mobileSlide: 0,
    mobileActiveSlide: 0,
    permalink: 0,
  },
  'video-player': {
    feedItem: 0,
    browseVideo: 1,
    player: 1,
    video: 1,
    adTag: 0,
    mobileSlide: 0,
    mobileActiveSlide: 0,
    permalink: 0,
  },
  profile: {
    feedItem: 0,
    browseVideo: 0,
    player: 0,
    video: 0,
    adTag: 0,
    mobileSlide: 0,
    mobileActiveSlide: 0,
    permalink: 1,
  },
  'mobile-foryou-first': {
    feedItem: 0,
    browseVideo: 0,
    player: 0,
    video: 1,
    adTag: 0,
    mobileSlide: 10,
    mobileActiveSlide: 1,
    permalink: 10,
  },
  'mobile-foryou-third': {
    feedItem: 0,
    browseVideo: 0,
    player: 0,
    video: 1,
    adTag: 0,
    mobileSlide: 10,
    mobileActiveSlide: 1,
    permalink: 10,
  },
  'mobile-foryou-ad': {
    feedItem: 0,
    browseVideo: 0,
    player: 0,
    video: 1,
    adTag: 1,
    mobileSlide: 10,
    mobileActiveSlide: 1,
    permalink: 10,
  },
  'mobile-foryou-back': {
    feedItem: 0,
    browseVideo: 0,
    player: 0,
    video: 1,
    adTag: 0,
    mobileSlide: 10,
    mobileActiveSlide: 1,
    permalink: 10,
  },
};
