import { matchesForHosts, oncePerUrl, type SiteUrls } from '../types';

// One host for the desktop and the mobile layout (chosen by the user agent); vm./vt. short links redirect here.
const hosts = ['www.tiktok.com'];

// For You at the root or under a language prefix (/en/, /zh-Hans/), Following and Friends feeds,
// and the single-video player, whose arrow keys move on through the feed.
const clipPath = /^\/@[^/]+\/(?:video|photo)\/\d+\/?$/;
const feedPaths = [/^\/(?:foryou|following|friends)?\/?$/, /^\/[a-z]{2}(?:-[A-Za-z]{2,4})?\/?$/, clipPath];

export const tiktokUrls: SiteUrls = {
  id: 'tiktok',
  name: 'TikTok',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: oncePerUrl((url) => hosts.includes(url.hostname) && feedPaths.some((re) => re.test(url.pathname))),
  isClipUrl: oncePerUrl((url) => hosts.includes(url.hostname) && clipPath.test(url.pathname)),
  clipUrls: [
    'https://www.tiktok.com/@alice/video/7400000000000000001',
    'https://www.tiktok.com/@alice/photo/7400000000000000002',
  ],
  feedUrls: [
    'https://www.tiktok.com/',
    'https://www.tiktok.com/foryou',
    'https://www.tiktok.com/foryou?lang=en',
    'https://www.tiktok.com/following',
    'https://www.tiktok.com/friends',
    'https://www.tiktok.com/en/',
    'https://www.tiktok.com/@alice/video/7400000000000000001',
    'https://www.tiktok.com/@alice/photo/7400000000000000002',
  ],
  nonFeedUrls: [
    'https://www.tiktok.com/@alice',
    'https://www.tiktok.com/explore',
    'https://www.tiktok.com/search?q=cats',
    'https://www.tiktok.com/search/video?q=cats',
    'https://www.tiktok.com/upload',
    'https://www.tiktok.com/messages',
  ],
  lookAlikeUrls: [
    'https://tiktok.com/foryou',
    'https://vm.tiktok.com/ZMabcdef1/',
    'https://m.tiktok.com/foryou',
    'https://www.tiktok.com.evil.example/foryou',
    'https://wwwtiktok.com/foryou',
  ],
};
