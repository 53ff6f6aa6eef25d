import { describe, expect, test } from 'vitest';
import { type ArrivalSignals, goBack, isSharedClip } from '../../../lib/content/shared-clip';
import { SITE_URLS } from '../../../lib/sites/catalog';

const tiktok = SITE_URLS.find((site) => site.id === 'tiktok');
const arrival = (url: string, edit: Partial<ArrivalSignals> = {}): ArrivalSignals => {
  const parsed = new URL(url);
  return {
    url: parsed,
    clipUrl: tiktok?.isClipUrl(parsed) ?? false,
    referrer: '',
    siteHosts: tiktok?.hosts ?? [],
    navigationType: 'navigate',
    ...edit,
  };
};
const CLIP = 'https://www.tiktok.com/@alice/video/7400000000000000101';

describe('a shared clip', () => {
  test('a clip’s link opened from another site is a shared clip', () => {
    expect(isSharedClip(arrival(CLIP, { referrer: 'https://chat.example/room/1' }))).toBe(true);
  });

  test('a clip’s link with no referrer (typed, pasted, an app, a new tab, noreferrer) is a shared clip', () => {
    expect(isSharedClip(arrival(CLIP))).toBe(true);
  });

  test('a clip opened from inside the site (its own grid, a profile) is not', () => {
    expect(isSharedClip(arrival(CLIP, { referrer: 'https://www.tiktok.com/@alice' }))).toBe(false);
  });

  test('the feed opened directly is not a shared clip: only a link to one video is', () => {
    expect(isSharedClip(arrival('https://www.tiktok.com/foryou', { referrer: 'https://chat.example/' }))).toBe(false);
  });

  test('reloading or going back to a clip the feed reached by swiping is not a fresh open', () => {
    expect(isSharedClip(arrival(CLIP, { navigationType: 'reload' }))).toBe(false);
    expect(isSharedClip(arrival(CLIP, { navigationType: 'back_forward' }))).toBe(false);
  });

  test('a referrer that is no URL at all is not taken for another site', () => {
    expect(isSharedClip(arrival(CLIP, { referrer: 'not a url' }))).toBe(false);
  });

  test.each(SITE_URLS.flatMap((site) => site.clipUrls.map((url) => [site.id, url] as const)))(
    '%s: %s from another site is a shared clip',
    (id, url) => {
      const site = SITE_URLS.find((candidate) => candidate.id === id);
      const parsed = new URL(url);
      const signals = {
        url: parsed,
        clipUrl: site?.isClipUrl(parsed) ?? false,
        referrer: 'https://mail.example/inbox',
        siteHosts: site?.hosts ?? [],
        navigationType: 'navigate',
      };
      expect(isSharedClip(signals)).toBe(true);
    },
  );
});

describe('"Go back" from a shared clip', () => {
  test('a clip that opened its tab: the tab is closed', () => {
    expect(goBack(1, 3)).toEqual({ kind: 'close-tab' });
  });

  test('a clip opened from another page in the tab: back past the feed’s swipes to that page', () => {
    expect(goBack(2, 2)).toEqual({ kind: 'history', delta: -1 });
    expect(goBack(2, 3)).toEqual({ kind: 'history', delta: -2 });
    expect(goBack(4, 7)).toEqual({ kind: 'history', delta: -4 });
  });
});
