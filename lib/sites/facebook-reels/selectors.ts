/**
 * Facebook Reels selectors: the desktop site (www., web.) and the lighter mobile one (m., mobile.), a different DOM
 * without `role="main"` or `data-video-id`. Facebook's class names are hashed atomic CSS (`x1n2onr6 …`) that change
 * with every deploy, so only ARIA roles, `data-*` attributes and hrefs are used. Counts per fixture snapshot are
 * checked by tests/sites/selectors.test.ts.
 */
export const selectors = {
  /** The page's main column: the Reels player on /reel/<id>, the News Feed on / (which also has videos). */
  main: '[role="main"]',
  /** The Reels pagelet inside main (data-pagelet="Reels" in the player); the fallback scope for the last <video>. */
  reelsPagelet: '[data-pagelet*="Reel"]',
  /** The box around each reel's <video>, carrying the reel id (the id in /reel/<id>). */
  videoBox: '[data-video-id]',
  video: 'video',
  /** A card left behind (the previous reel stays mounted, out of view, until the next move). */
  hiddenCard: 'div[aria-hidden="true"]',
  /** A sponsored reel's "Sponsored" label links to Facebook's "About ads" page. */
  adLink: 'a[href*="/ads/about"]',
  /** Where a "Sponsored" label's text can sit (its link or a span of the author row). */
  labelText: 'a, span',
  /** Mobile: one unit per feed story or reel, reels included (ycngmn/Nobook hides reels by this box on m.). */
  mobileUnit: '[data-tracking-duration-id]',
  /** Mobile: a unit the viewer has moved away from (kept mounted, hidden). */
  mobileHidden: '[hidden], [aria-hidden="true"]',
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'reels-first': {
    main: 1,
    reelsPagelet: 1,
    videoBox: 1,
    video: 1,
    hiddenCard: 0,
    adLink: 0,
    labelText: 14,
    mobileUnit: 0,
    mobileHidden: 6,
  },
  'reel-third': {
    main: 1,
    reelsPagelet: 1,
    videoBox: 2,
    video: 2,
    hiddenCard: 1,
    adLink: 0,
    labelText: 23,
    mobileUnit: 0,
    mobileHidden: 11,
  },
  'reel-back': {
    main: 1,
    reelsPagelet: 1,
    videoBox: 2,
    video: 2,
    hiddenCard: 1,
    adLink: 0,
    labelText: 23,
    mobileUnit: 0,
    mobileHidden: 11,
  },
  'reel-ad': {
    main: 1,
    reelsPagelet: 1,
    videoBox: 2,
    video: 2,
    hiddenCard: 1,
    adLink: 2,
    labelText: 26,
    mobileUnit: 0,
    mobileHidden: 11,
  },
  'reel-after-ad': {
    main: 1,
    reelsPagelet: 1,
    videoBox: 2,
    video: 2,
    hiddenCard: 1,
    adLink: 2,
    labelText: 26,
    mobileUnit: 0,
    mobileHidden: 11,
  },
  'reel-ad-fr': {
    main: 1,
    reelsPagelet: 1,
    videoBox: 1,
    video: 1,
    hiddenCard: 0,
    adLink: 2,
    labelText: 17,
    mobileUnit: 0,
    mobileHidden: 6,
  },
  home: {
    main: 1,
    reelsPagelet: 0,
    videoBox: 1,
    video: 1,
    hiddenCard: 0,
    adLink: 0,
    labelText: 22,
    mobileUnit: 0,
    mobileHidden: 0,
  },
  'mobile-reels-first': {
    main: 0,
    reelsPagelet: 0,
    videoBox: 0,
    video: 1,
    hiddenCard: 0,
    adLink: 0,
    labelText: 11,
    mobileUnit: 1,
    mobileHidden: 0,
  },
  'mobile-reel-third': {
    main: 0,
    reelsPagelet: 0,
    videoBox: 0,
    video: 2,
    hiddenCard: 0,
    adLink: 0,
    labelText: 19,
    mobileUnit: 2,
    mobileHidden: 1,
  },
  'mobile-reel-back': {
    main: 0,
    reelsPagelet: 0,
    videoBox: 0,
    video: 2,
    hiddenCard: 0,
    adLink: 0,
    labelText: 19,
    mobileUnit: 2,
    mobileHidden: 1,
  },
  'mobile-reel-ad': {
    main: 0,
    reelsPagelet: 0,
    videoBox: 0,
    video: 2,
    hiddenCard: 0,
    adLink: 0,
    labelText: 20,
    mobileUnit: 2,
    mobileHidden: 1,
  },
};
