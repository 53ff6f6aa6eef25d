import { matchesForHosts, oncePerUrl, type SiteUrls } from '../types';

// www. and web. (the desktop site, web. on Free Basics carriers or tethered to a phone), m. (phones) and mobile.
// (Free Basics' mobile site). touch./mtouch. redirect to m.; a bare facebook.com to www.
const hosts = ['www.facebook.com', 'web.facebook.com', 'm.facebook.com', 'mobile.facebook.com'];

// A reel is /reel/<numeric id>; the Reels tab entry point /reels/ moves on to one.
const reelPath = /^\/(?:reel\/\d+|reels)\/?$/;
const clipPath = /^\/reel\/\d+\/?$/;

export const facebookReelsUrls: SiteUrls = {
  id: 'facebook-reels',
  name: 'Facebook Reels',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: oncePerUrl((url) => hosts.includes(url.hostname) && reelPath.test(url.pathname)),
  isClipUrl: oncePerUrl((url) => hosts.includes(url.hostname) && clipPath.test(url.pathname)),
  clipUrls: [
    'https://www.facebook.com/reel/1020112310713480',
    'https://www.facebook.com/reel/1020112310713480/?s=ifu',
    'https://web.facebook.com/reel/1020112310713480',
    'https://m.facebook.com/reel/1020112310713480/?mibextid=abc',
    'https://mobile.facebook.com/reel/1020112310713480',
  ],
  feedUrls: [
    'https://www.facebook.com/reel/1020112310713480',
    'https://www.facebook.com/reel/1020112310713480/?s=ifu',
    'https://www.facebook.com/reels/',
    'https://web.facebook.com/reel/1020112310713480',
    'https://m.facebook.com/reel/1020112310713480/?mibextid=abc',
    'https://mobile.facebook.com/reel/1020112310713480',
  ],
  nonFeedUrls: [
    'https://www.facebook.com/',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/alice',
    'https://www.facebook.com/share/r/abc123/',
    'https://www.facebook.com/groups/123/',
    'https://web.facebook.com/',
    'https://m.facebook.com/',
    'https://m.facebook.com/watch/?v=123',
    'https://mobile.facebook.com/alice',
  ],
  lookAlikeUrls: [
    'https://facebook.com/reel/1020112310713480',
    'https://touch.facebook.com/reel/1020112310713480',
    'https://l.facebook.com/reel/1020112310713480',
    'https://web.facebook.com.evil.example/reel/1020112310713480',
    'https://m.facebook.co/reel/1020112310713480',
  ],
};
