/**
 * RedNote (Xiaohongshu) selectors, desktop and the mobile layout served to phones on the same hosts. The site's Vue
 * templates use readable class names and ids that public scripts have relied on for years (`#exploreFeeds`,
 * `section.note-item`, `.note-detail-mask`, `#noteContainer`; on mobile `.note-view-container`). Counts per fixture
 * snapshot are checked by tests/sites/selectors.test.ts.
 */
export const selectors = {
  /** The explore grid's cards (also the note lists on a profile page). */
  noteItem: 'section.note-item',
  /** The note detail overlay over the grid; hidden with an inline `display: none` when closed. */
  mask: '.note-detail-mask',
  /** The open note, mounted in the overlay for every note; `data-type` is `video` or `normal` (images). */
  noteContainer: '#noteContainer',
  /** A video note's player (xgplayer in .media-container); image notes have a slider and no <video>. */
  video: '#noteContainer video',
  /** The "广告" (sponsored) tag in a card's footer. Unverified: the fixture's guess, no public code shows it. */
  adTag: '.ads-tag',
  /** Mobile: a note is a page of its own, no overlay (WhiteSevs/TamperMonkeyScript 小红书优化, mobile). */
  mobileNote: '.note-view-container',
  /** Mobile: a video note's player (xgplayer too); image notes have a carousel and no <video>. */
  mobileVideo: '.note-view-container video',
  /** Mobile: the "open in app" banners (the same source hides them). */
  launchApp: '.launch-app-container, .bottom-launch-app-tip',
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'explore-grid': {
    noteItem: 20,
    mask: 1,
    noteContainer: 0,
    video: 0,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  'video-note-opened': {
    noteItem: 20,
    mask: 1,
    noteContainer: 1,
    video: 1,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  'video-note-after-moves': {
    noteItem: 20,
    mask: 1,
    noteContainer: 1,
    video: 1,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  'discovery-item': {
    noteItem: 20,
    mask: 1,
    noteContainer: 1,
    video: 1,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  'image-note': {
    noteItem: 20,
    mask: 1,
    noteContainer: 1,
    video: 0,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  'sponsored-note': {
    noteItem: 20,
    mask: 1,
    noteContainer: 1,
    video: 1,
    adTag: 1,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  'grid-with-ad': {
    noteItem: 20,
    mask: 1,
    noteContainer: 0,
    video: 0,
    adTag: 1,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  'note-closed': {
    noteItem: 20,
    mask: 1,
    noteContainer: 0,
    video: 0,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 0,
  },
  profile: { noteItem: 2, mask: 0, noteContainer: 0, video: 0, adTag: 0, mobileNote: 0, mobileVideo: 0, launchApp: 0 },
  'mobile-explore': {
    noteItem: 6,
    mask: 0,
    noteContainer: 0,
    video: 0,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 2,
  },
  'mobile-video-note': {
    noteItem: 0,
    mask: 0,
    noteContainer: 0,
    video: 0,
    adTag: 0,
    mobileNote: 1,
    mobileVideo: 1,
    launchApp: 2,
  },
  'mobile-image-note': {
    noteItem: 0,
    mask: 0,
    noteContainer: 0,
    video: 0,
    adTag: 0,
    mobileNote: 1,
    mobileVideo: 0,
    launchApp: 2,
  },
  'mobile-related-note': {
    noteItem: 0,
    mask: 0,
    noteContainer: 0,
    video: 0,
    adTag: 1,
    mobileNote: 1,
    mobileVideo: 1,
    launchApp: 2,
  },
  'mobile-back-to-feed': {
    noteItem: 6,
    mask: 0,
    noteContainer: 0,
    video: 0,
    adTag: 0,
    mobileNote: 0,
    mobileVideo: 0,
    launchApp: 2,
  },
};
