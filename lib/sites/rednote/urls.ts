import { matchesForHosts, oncePerUrl, type SiteUrls } from '../types';

// Xiaohongshu, and the RedNote mirror some accounts are moved to; the mobile layout is served on the same hosts.
// xhslink.com / xhslink.cn short links redirect to a note.
const hosts = ['www.xiaohongshu.com', 'www.rednote.com'];

// The explore feed (a grid) and the note overlay it opens, /explore/<24-hex id> or /discovery/item/<id>.
const feedPath = /^\/(?:explore\/?|explore\/[0-9a-f]{24}\/?|discovery\/item\/[0-9a-f]{24}\/?)$/;
const clipPath = /^\/(?:explore|discovery\/item)\/[0-9a-f]{24}\/?$/;

export const rednoteUrls: SiteUrls = {
  id: 'rednote',
  name: 'RedNote',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: oncePerUrl((url) => hosts.includes(url.hostname) && feedPath.test(url.pathname)),
  isClipUrl: oncePerUrl((url) => hosts.includes(url.hostname) && clipPath.test(url.pathname)),
  clipUrls: [
    'https://www.xiaohongshu.com/explore/6411cf99000000001300b6d9?xsec_token=T0&xsec_source=pc_feed',
    'https://www.xiaohongshu.com/discovery/item/6411cf99000000001300b6d9',
    'https://www.rednote.com/explore/6411cf99000000001300b6d9?xsec_token=T0&xsec_source=app_share',
  ],
  feedUrls: [
    'https://www.xiaohongshu.com/explore',
    'https://www.xiaohongshu.com/explore?channel_id=homefeed_recommend',
    'https://www.xiaohongshu.com/explore/6411cf99000000001300b6d9?xsec_token=T0&xsec_source=pc_feed',
    'https://www.xiaohongshu.com/discovery/item/6411cf99000000001300b6d9',
    'https://www.rednote.com/explore',
    'https://www.rednote.com/explore/6411cf99000000001300b6d9?xsec_token=T0&xsec_source=app_share',
  ],
  nonFeedUrls: [
    'https://www.xiaohongshu.com/',
    'https://www.xiaohongshu.com/user/profile/5a1b2c3d4e5f6a7b8c9d0e1f',
    'https://www.xiaohongshu.com/search_result?keyword=cats',
    'https://www.rednote.com/',
    'https://www.rednote.com/user/profile/5a1b2c3d4e5f6a7b8c9d0e1f',
  ],
  lookAlikeUrls: [
    'https://xiaohongshu.com/explore',
    'https://rednote.com/explore',
    'https://xhslink.com/a/AbCdEf',
    'https://www.rednote.com.evil.example/explore',
    'https://www.xiaohongshu.co/explore',
  ],
};
