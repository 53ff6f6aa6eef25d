import { matchesForHosts, type SiteUrls } from '../types';

const hosts = ['www.facebook.com'];

// A reel is /reel/<numeric id>; the Reels tab entry point /reels/ moves on to one.
const reelPath = /^\/(?:reel\/\d+|reels)\/?$/;
const clipPath = /^\/reel\/\d+\/?$/;

export const facebookReelsUrls: SiteUrls = {
  id: 'facebook-reels',
  name: 'Facebook Reels',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: (url) => hosts.includes(url.hostname) && reelPath.test(url.pathname),
  isClipUrl: (url) => hosts.includes(url.hostname) && clipPath.test(url.pathname),
  clipUrls: ['https://www.facebook.com/reel/1020112310713480', 'https://www.facebook.com/reel/1020112310713480/?s=ifu'],
  feedUrls: [
    'https://www.facebook.com/reel/1020112310713480',
    'https://www.facebook.com/reel/1020112310713480/?s=ifu',
    'https://www.facebook.com/reels/',
  ],
  nonFeedUrls: [
    'https://www.facebook.com/',
    'https://www.facebook.com/watch/?v=123',
    'https://www.facebook.com/alice',
    'https://www.facebook.com/share/r/abc123/',
    'https://www.facebook.com/groups/123/',
  ],
};
