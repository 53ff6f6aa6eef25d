import { matchesForHosts, type SiteUrls } from '../types';

const hosts = ['www.xiaohongshu.com'];

// The explore feed (a grid) and the note overlay it opens, /explore/<24-hex id> or /discovery/item/<id>.
const feedPath = /^\/(?:explore\/?|explore\/[0-9a-f]{24}\/?|discovery\/item\/[0-9a-f]{24}\/?)$/;
const clipPath = /^\/(?:explore|discovery\/item)\/[0-9a-f]{24}\/?$/;

export const rednoteUrls: SiteUrls = {
  id: 'rednote',
  name: 'RedNote',
  hosts,
  matches: matchesForHosts(hosts),
  isFeedUrl: (url) => hosts.includes(url.hostname) && feedPath.test(url.pathname),
  isClipUrl: (url) => hosts.includes(url.hostname) && clipPath.test(url.pathname),
  clipUrls: [
    'https://www.xiaohongshu.com/explore/6411cf99000000001300b6d9?xsec_token=T0&xsec_source=pc_feed',
    'https://www.xiaohongshu.com/discovery/item/6411cf99000000001300b6d9',
  ],
  feedUrls: [
    'https://www.xiaohongshu.com/explore',
    'https://www.xiaohongshu.com/explore?channel_id=homefeed_recommend',
    'https://www.xiaohongshu.com/explore/6411cf99000000001300b6d9?xsec_token=T0&xsec_source=pc_feed',
    'https://www.xiaohongshu.com/discovery/item/6411cf99000000001300b6d9',
  ],
  nonFeedUrls: [
    'https://www.xiaohongshu.com/',
    'https://www.xiaohongshu.com/user/profile/5a1b2c3d4e5f6a7b8c9d0e1f',
    'https://www.xiaohongshu.com/search_result?keyword=cats',
  ],
};
