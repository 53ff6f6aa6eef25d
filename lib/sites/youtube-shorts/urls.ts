import { matchesForHosts, oncePerUrl, type SiteUrls } from '../types';

// The desktop site and the mobile one (m.: phones, or any browser with ?app=m); a bare youtube.com redirects to www.
const hosts = ['www.youtube.com', 'm.youtube.com'];

// Only /shorts/… counts; the script runs on all of YouTube because it navigates to Shorts without a page load.
const shortsPath = /^\/shorts(?:\/[A-Za-z0-9_-]{11})?\/?$/;
// A share link names one Short; /shorts/ alone is the feed's entry.
const clipPath = /^\/shorts\/[A-Za-z0-9_-]{11}\/?$/;

export const youtubeShortsUrls: SiteUrls = {
  id: 'youtube-shorts',
  name: 'YouTube Shorts',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: oncePerUrl((url) => hosts.includes(url.hostname) && shortsPath.test(url.pathname)),
  isClipUrl: oncePerUrl((url) => hosts.includes(url.hostname) && clipPath.test(url.pathname)),
  clipUrls: [
    'https://www.youtube.com/shorts/AAAAAAAAAAA',
    'https://www.youtube.com/shorts/a1_B-c2D3e4?feature=share',
    'https://m.youtube.com/shorts/AAAAAAAAAAA',
    'https://m.youtube.com/shorts/a1_B-c2D3e4?feature=share',
  ],
  feedUrls: [
    'https://www.youtube.com/shorts/AAAAAAAAAAA',
    'https://www.youtube.com/shorts/a1_B-c2D3e4?feature=share',
    'https://www.youtube.com/shorts/',
    'https://www.youtube.com/shorts',
    'https://m.youtube.com/shorts/AAAAAAAAAAA',
    'https://m.youtube.com/shorts/a1_B-c2D3e4?feature=share',
  ],
  nonFeedUrls: [
    'https://www.youtube.com/',
    'https://www.youtube.com/watch?v=AAAAAAAAAAA',
    'https://www.youtube.com/@channel/shorts',
    'https://www.youtube.com/feed/subscriptions',
    'https://www.youtube.com/results?search_query=shorts',
    'https://m.youtube.com/',
    'https://m.youtube.com/watch?v=AAAAAAAAAAA',
    'https://m.youtube.com/feed/subscriptions',
  ],
  lookAlikeUrls: [
    'https://youtube.com/shorts/AAAAAAAAAAA',
    'https://music.youtube.com/shorts/AAAAAAAAAAA',
    'https://www.youtube-nocookie.com/shorts/AAAAAAAAAAA',
    'https://m.youtube.com.evil.example/shorts/AAAAAAAAAAA',
    'https://mm.youtube.com/shorts/AAAAAAAAAAA',
  ],
};
