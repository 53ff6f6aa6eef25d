import { matchesForHosts, oncePerUrl, type SiteUrls } from '../types';

// With and without www. (shared links often drop it); the mobile layout is served on the same hosts.
const hosts = ['www.instagram.com', 'instagram.com'];

// The Reels tab (/reels/, becoming /reels/<code>/ while scrolling) and a single reel (/reel/<code>/).
const reelsPath = /^\/(?:reels\/?|reels\/(?!audio\/)[A-Za-z0-9_-]+\/?|reel\/[A-Za-z0-9_-]+\/?)$/;
// A shared reel is /reel/<code>/; /reels/<code>/ is the Reels tab's own address while scrolling.
const clipPath = /^\/reel\/[A-Za-z0-9_-]+\/?$/;

export const instagramReelsUrls: SiteUrls = {
  id: 'instagram-reels',
  name: 'Instagram Reels',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: oncePerUrl((url) => hosts.includes(url.hostname) && reelsPath.test(url.pathname)),
  isClipUrl: oncePerUrl((url) => hosts.includes(url.hostname) && clipPath.test(url.pathname)),
  clipUrls: [
    'https://www.instagram.com/reel/C1a2B3c4D5e/',
    'https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=abc',
    'https://instagram.com/reel/C1a2B3c4D5e/?igsh=abc',
  ],
  feedUrls: [
    'https://www.instagram.com/reels/',
    'https://www.instagram.com/reels/ABCdef123/',
    'https://www.instagram.com/reel/C1a2B3c4D5e/',
    'https://www.instagram.com/reel/C1a2B3c4D5e/?igsh=abc',
    'https://instagram.com/reel/C1a2B3c4D5e/?igsh=abc',
    'https://instagram.com/reels/',
  ],
  nonFeedUrls: [
    'https://www.instagram.com/',
    'https://www.instagram.com/p/C1a2B3c4D5e/',
    'https://www.instagram.com/alice/',
    'https://www.instagram.com/alice/reels/',
    'https://www.instagram.com/reels/audio/123456789/',
    'https://www.instagram.com/explore/',
    'https://instagram.com/',
    'https://instagram.com/alice/reels/',
  ],
  lookAlikeUrls: [
    'https://m.instagram.com/reels/',
    'https://l.instagram.com/reel/C1a2B3c4D5e/',
    'https://instagram.com.evil.example/reels/',
    'https://www.instagram.co/reels/',
    'https://wwwinstagram.com/reels/',
  ],
};
