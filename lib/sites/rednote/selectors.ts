/**
 * RedNote (Xiaohongshu) selectors. The site's Vue templates use readable class names and ids that public scripts have
 * relied on for years (`#exploreFeeds`, `section.note-item`, `.note-detail-mask`, `#noteContainer`). Counts per
 * fixture snapshot are checked by tests/sites/selectors.test.ts.
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
} as const;

export const selectorCounts: Record<string, Partial<Record<keyof typeof selectors, number>>> = {
  'explore-grid': { noteItem: 20, mask: 1, noteContainer: 0, video: 0, adTag: 0 },
  'video-note-opened': { noteItem: 20, mask: 1, noteContainer: 1, video: 1, adTag: 0 },
  'video-note-after-moves': { noteItem: 20, mask: 1, noteContainer: 1, video: 1, adTag: 0 },
  'discovery-item': { noteItem: 20, mask: 1, noteContainer: 1, video: 1, adTag: 0 },
  'image-note': { noteItem: 20, mask: 1, noteContainer: 1, video: 0, adTag: 0 },
  'sponsored-note': { noteItem: 20, mask: 1, noteContainer: 1, video: 1, adTag: 1 },
  'grid-with-ad': { noteItem: 20, mask: 1, noteContainer: 0, video: 0, adTag: 1 },
  'note-closed': { noteItem: 20, mask: 1, noteContainer: 0, video: 0, adTag: 0 },
  profile: { noteItem: 2, mask: 0, noteContainer: 0, video: 0, adTag: 0 },
};
