import { describe, expect, test } from 'vitest';
import { SITES } from '../../lib/sites/registry';
import { readSnapshots } from '../fixtures/snapshots';

// Every adapter against every committed snapshot of its fixture feed: the fixture's own truth is the oracle.
describe.each(SITES.map((site) => [site.id, site] as const))('%s adapter', (id, site) => {
  const snapshots = readSnapshots(id);

  test('has fixture snapshots', () => {
    expect(snapshots.length).toBeGreaterThanOrEqual(3);
  });

  test.each(snapshots.map((snapshot) => [snapshot.name, snapshot] as const))('on %s', (_name, snapshot) => {
    const doc = new DOMParser().parseFromString(snapshot.html, 'text/html');
    const url = new URL(snapshot.url);
    const item = site.activeItem(url, doc);
    expect(item?.video != null, 'finds the active <video>').toBe(snapshot.hasVideo);
    if (snapshot.activeVideoId !== null) expect(item?.id).toBe(snapshot.activeVideoId);
    expect(item?.ad ?? false, 'tells an ad').toBe(snapshot.isAd);
    // The item's element holds no other item's video (its controls are looked up inside it).
    if (item) expect(item.element.querySelectorAll('video').length).toBeLessThanOrEqual(1);
  });

  test('never throws on an empty or foreign page', () => {
    const empty = new DOMParser().parseFromString('<p>nothing</p>', 'text/html');
    for (const url of [...site.feedUrls, ...site.nonFeedUrls].map((raw) => new URL(raw))) {
      expect(site.activeItem(url, empty)).toBeNull();
    }
  });
});
