import { defineContentScript } from 'wxt/utils/define-content-script';
import { runSite } from '@/lib/content/run-site';
import { youtubeShorts } from '@/lib/sites/youtube-shorts';

export default defineContentScript({
  matches: [...youtubeShorts.matches],
  runAt: 'document_idle',
  main: (ctx) => runSite(ctx, youtubeShorts),
});
