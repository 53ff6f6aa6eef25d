import { describe, expect, test } from 'vitest';
import { SITE_URLS, siteById, siteForUrl } from '../../lib/sites/catalog';

// Each site's URL predicate accepts its own feed URLs and rejects its non-feed URLs and every other site's feeds.
describe.each(SITE_URLS.map((site) => [site.id, site] as const))('%s URLs', (_id, site) => {
  test.each(site.feedUrls.map((url) => [url]))('accepts %s', (url) => {
    expect(site.isFeedUrl(new URL(url))).toBe(true);
    expect(siteForUrl(new URL(url))?.id).toBe(site.id);
  });

  test.each(site.nonFeedUrls.map((url) => [url]))('rejects %s', (url) => {
    expect(site.isFeedUrl(new URL(url))).toBe(false);
  });

  const others = SITE_URLS.filter((other) => other.id !== site.id).flatMap((other) => other.feedUrls);
  test.each(others.map((url) => [url]))("rejects another site's feed %s", (url) => {
    expect(site.isFeedUrl(new URL(url))).toBe(false);
  });

  test.each(site.clipUrls.map((url) => [url]))('takes %s for a link to one clip (a feed URL too)', (url) => {
    expect(site.isClipUrl(new URL(url))).toBe(true);
    expect(site.isFeedUrl(new URL(url))).toBe(true);
  });

  const feedsNotClips = site.feedUrls.filter((url) => !site.clipUrls.includes(url));
  test.each(feedsNotClips.map((url) => [url]))('takes the feed %s for no clip', (url) => {
    expect(site.isClipUrl(new URL(url))).toBe(false);
  });

  test.each([...site.nonFeedUrls, ...others].map((url) => [url]))('takes %s (not its feed) for no clip', (url) => {
    expect(site.isClipUrl(new URL(url))).toBe(false);
  });

  test('its content script matches are its own hosts, on http and https', () => {
    expect(site.matches).toEqual(site.hosts.map((host) => `*://${host}/*`));
  });
});

test('a look-alike host is no site', () => {
  expect(siteForUrl(new URL('https://www.tiktok.com.evil.example/foryou'))).toBeUndefined();
  expect(siteForUrl(new URL('https://tiktok.com/foryou'))).toBeUndefined();
});

test('an unknown id is an error, not a silent fallback', () => {
  expect(siteById('rednote').name).toBe('RedNote');
  expect(() => siteById('vine' as never)).toThrow('unknown site vine');
});
