import { describe, expect, test } from 'vitest';
import { senderPageUrl } from '../../lib/background/sender';
import { SITE_URLS, siteById, siteForUrl } from '../../lib/sites/catalog';
import { oncePerUrl } from '../../lib/sites/types';

const EXTENSION_ID = 'mindful-feed-test';
const fromTab = (url: string) => ({ id: EXTENSION_ID, url, tab: { id: 3, url }, frameId: 0 });

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

  test('every host it lives on has feed URLs that must be accepted', () => {
    const covered = new Set(site.feedUrls.map((url) => new URL(url).hostname));
    expect([...covered].sort()).toEqual([...site.hosts].sort());
  });

  // Other subdomains, a bare domain the site redirects from, look-alike domains: no feed, no site, no sender.
  test.each(site.lookAlikeUrls.map((url) => [url]))('refuses the look-alike %s everywhere', (url) => {
    for (const any of SITE_URLS) expect(any.isFeedUrl(new URL(url)), any.id).toBe(false);
    expect(siteForUrl(new URL(url))).toBeUndefined();
    expect(senderPageUrl(fromTab(url), EXTENSION_ID, site.id)).toBeNull();
  });

  test.each(site.feedUrls.map((url) => [url]))("the background accepts a tab's message from %s", (url) => {
    expect(senderPageUrl(fromTab(url), EXTENSION_ID, site.id)?.href).toBe(new URL(url).href);
    for (const other of SITE_URLS.filter((candidate) => candidate.id !== site.id)) {
      expect(senderPageUrl(fromTab(url), EXTENSION_ID, other.id), other.id).toBeNull();
    }
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

test('a URL predicate looks at each parsed address once, and answers each address for itself', () => {
  let looks = 0;
  const isShorts = oncePerUrl((url) => {
    looks++;
    return url.pathname.startsWith('/shorts/');
  });
  const shorts = new URL('https://www.youtube.com/shorts/abc');
  expect([isShorts(shorts), isShorts(shorts), isShorts(shorts)]).toEqual([true, true, true]);
  expect(looks).toBe(1);
  // Another address, even one parsed again from the same text, is looked at on its own.
  expect(isShorts(new URL('https://www.youtube.com/'))).toBe(false);
  expect(isShorts(new URL('https://www.youtube.com/shorts/abc'))).toBe(true);
  expect(looks).toBe(3);
});
