import { describe, expect, test } from 'vitest';
import { type MenuFlowSite, openMenus } from '../../../lib/not-interested/menu-flow';
import { facebookReelsMenu } from '../../../lib/sites/facebook-reels/not-interested';
import { instagramReelsMenu } from '../../../lib/sites/instagram-reels/not-interested';
import { SITES } from '../../../lib/sites/registry';
import { tiktokMenu } from '../../../lib/sites/tiktok/not-interested';
import type { SiteId } from '../../../lib/sites/types';
import { youtubeShortsMenu } from '../../../lib/sites/youtube-shorts/not-interested';
import { readSnapshots } from '../../fixtures/snapshots';

// The flows' finders on every committed snapshot (static DOM, no scripts): the active item is the one the fixture
// reports, its "more" button is inside it, and no menu counts as open on a page at rest.
const MENUS: [SiteId, MenuFlowSite][] = [
  ['tiktok', tiktokMenu],
  ['youtube-shorts', youtubeShortsMenu],
  ['instagram-reels', instagramReelsMenu],
  ['facebook-reels', facebookReelsMenu],
];
/** Snapshots whose active video has no "more" menu: TikTok's single-video player, and its mobile layout. */
const WITHOUT_MORE = new Set(['tiktok/video-player']);
const withoutMore = (id: SiteId, name: string) =>
  WITHOUT_MORE.has(`${id}/${name}`) || (id === 'tiktok' && name.startsWith('mobile-'));

describe.each(MENUS)('%s finders', (id, menu) => {
  test.each(readSnapshots(id).map((snapshot) => [snapshot.name, snapshot] as const))('on %s', (name, snapshot) => {
    const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
    const active = SITES.find((site) => site.id === id)?.activeItem(new URL(snapshot.url), doc);
    expect(openMenus(menu, doc)).toEqual([]);
    if (snapshot.activeVideoId === null) {
      expect(active?.id ?? null).toBeNull();
      return;
    }
    expect(active?.id).toBe(snapshot.activeVideoId);
    const button = active ? menu.moreButton(doc, active) : null;
    if (withoutMore(id, name)) {
      expect(button).toBeNull();
      return;
    }
    expect(button, 'a "more" button').not.toBeNull();
    expect(active?.element.contains(button as Node)).toBe(true);
    // Instagram: the left nav's "More" (outside main) is never the one; m.facebook.com has no main, only its screen.
    expect(button?.closest('main, [role="main"], ytd-shorts, #app, #screen-root')).not.toBeNull();
  });
});
