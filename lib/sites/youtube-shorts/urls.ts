import { matchesForHosts, type SiteUrls } from '../types';

const hosts = ['www.youtube.com'];

// Only /shorts/… counts; the script runs on all of YouTube because it navigates to Shorts without a page load.
const shortsPath = /^\/shorts(?:\/[A-Za-z0-9_-]{11})?\/?$/;
// A share link names one Short; /shorts/ alone is the feed's entry.
const clipPath = /^\/shorts\/[A-Za-z0-9_-]{11}\/?$/;

export const youtubeShortsUrls: SiteUrls = {
  id: 'youtube-shorts',
  name: 'YouTube Shorts',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: (url) => hosts.includes(url.hostname) && shortsPath.test(url.pathname),
  isClipUrl: (url) => hosts.includes(url.hostname) && clipPath.test(url.pathname),
  clipUrls: ['https://www.youtube.com/shorts/AAAAAAAAAAA', 'https://www.youtube.com/shorts/a1_B-c2D3e4?feature=share'],
  feedUrls: [
    'https://www.youtube.com/shorts/AAAAAAAAAAA',
    'https://www.youtube.com/shorts/a1_B-c2D3e4?feature=share',
    'https://www.youtube.com/shorts/',
    'https://www.youtube.com/shorts',
  ],
  nonFeedUrls: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=AAAAAAAAAAA',
    'https://www.youtube.com/@channel/shorts',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/results?search_query=shorts',
  ],
};
